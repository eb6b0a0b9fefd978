package gov.trade.negotiation.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import gov.trade.negotiation.config.NegotiationProperties.FocusArea;
import gov.trade.negotiation.config.NegotiationProperties.Nation;

/** Finds everything wrong with a bound configuration; an empty list means it is usable. */
public final class NegotiationConfigValidator {

    private static final Pattern NATION_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern AREA_CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern PROGRAM_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s/]+(/[^\\s]*[^/\\s])?");
    private static final String P = NegotiationProperties.PREFIX + ".";

    private final List<ConfigProblem> problems = new ArrayList<>();

    private NegotiationConfigValidator() {
    }

    public static List<ConfigProblem> validate(NegotiationProperties properties) {
        NegotiationConfigValidator validator = new NegotiationConfigValidator();
        validator.check(properties);
        return List.copyOf(validator.problems);
    }

    private void check(NegotiationProperties properties) {
        if (properties.programKey() == null || !PROGRAM_KEY.matcher(properties.programKey()).matches()) {
            problem("program-key", properties.programKey(), "must be letters, digits, '-' or '_'");
        }
        checkKickoff(properties.kickoff());
        Set<String> areaCodes = checkAreas(properties.areas());
        checkNations(properties.nations(), areaCodes);
        checkDeadlines(properties.deadlines());
        checkMeetings(properties.meetings());
        checkNegotiation(properties.negotiation());
    }

    private void checkKickoff(NegotiationProperties.Kickoff kickoff) {
        if (kickoff == null || kickoff.date() == null) {
            problem("kickoff.date", null, "is required");
        }
        if (kickoff == null || kickoff.zone() == null) {
            problem("kickoff.zone", null, "is required");
        }
    }

    private Set<String> checkAreas(List<FocusArea> areas) {
        if (areas.isEmpty()) {
            problem("areas", "[]", "must list at least one focus area");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            FocusArea area = areas.get(i);
            String key = "areas[" + i + "].code";
            if (area.code() == null || !AREA_CODE.matcher(area.code()).matches()) {
                problem(key, area.code(), "must be upper case letters, digits and '_', like CRITICAL_MINERALS");
            } else if (!codes.add(area.code())) {
                problem(key, area.code(), "duplicate focus area code");
            }
            requireName("areas[" + i + "].name", area.name());
        }
        return codes;
    }

    private void checkNations(List<Nation> nations, Set<String> areaCodes) {
        if (nations.isEmpty()) {
            problem("nations", "[]", "must list at least one nation");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < nations.size(); i++) {
            Nation nation = nations.get(i);
            String key = "nations[" + i + "]";
            if (nation.code() == null || !NATION_CODE.matcher(nation.code()).matches()) {
                problem(key + ".code", nation.code(), "must be an ISO 3166 alpha-2 code like JP");
            } else if (!codes.add(nation.code())) {
                problem(key + ".code", nation.code(), "duplicate nation code");
            }
            requireName(key + ".name", nation.name());
            for (int j = 0; j < nation.areas().size(); j++) {
                String areaCode = nation.areas().get(j);
                if (!areaCodes.contains(areaCode)) {
                    problem(key + ".areas[" + j + "]", areaCode, "unknown focus area code, expected one of "
                            + areaCodes.stream().sorted().toList());
                }
            }
        }
    }

    private void checkDeadlines(NegotiationProperties.Deadlines deadlines) {
        if (deadlines == null) {
            problem("deadlines", null, "is required");
            return;
        }
        for (Map.Entry<String, Duration> entry : deadlines.durations().entrySet()) {
            String key = "deadlines.durations." + entry.getKey();
            if (DeadlineKey.of(entry.getKey()).isEmpty()) {
                problem(key, String.valueOf(entry.getValue()), "unknown stage '" + entry.getKey() + "'");
            } else {
                requirePositive(key, entry.getValue());
            }
        }
        for (DeadlineKey required : DeadlineKey.values()) {
            if (!deadlines.durations().containsKey(required.key())) {
                problem("deadlines.durations." + required.key(), null, "is required (ISO 8601 duration such as P10D)");
            }
        }
        requirePositive("deadlines.reminder-before", deadlines.reminderBefore());
        requirePositive("deadlines.escalation-grace", deadlines.escalationGrace());
        Set<java.time.LocalDate> holidays = new HashSet<>();
        for (int i = 0; i < deadlines.holidays().size(); i++) {
            java.time.LocalDate holiday = deadlines.holidays().get(i);
            if (holiday == null) {
                problem("deadlines.holidays[" + i + "]", null, "must be a date like 2025-12-25");
            } else if (!holidays.add(holiday)) {
                problem("deadlines.holidays[" + i + "]", holiday.toString(), "duplicate holiday");
            }
        }
    }

    /** Finds everything wrong with the mail settings; an empty list means they are usable. */
    public static List<ConfigProblem> validate(MailSettings mail) {
        NegotiationConfigValidator validator = new NegotiationConfigValidator();
        validator.checkMail(mail);
        return List.copyOf(validator.problems);
    }

    private void checkMail(MailSettings mail) {
        if (mail.from() == null || !EMAIL.matcher(mail.from()).matches()) {
            problem("mail.from", mail.from(), "must be an email address like negotiation@example.gov");
        }
        if (mail.baseUrl() == null || !BASE_URL.matcher(mail.baseUrl()).matches()) {
            problem("mail.base-url", mail.baseUrl(), "must be an absolute http(s) URL without a trailing '/', like https://negotiation.example.gov");
        }
        if (mail.digestTime() == null) {
            problem("mail.digest-time", null, "is required, like 07:00");
        }
        MailSettings.Delivery delivery = mail.delivery();
        if (delivery == null) {
            problem("mail.delivery", null, "is required");
            return;
        }
        requirePositive("mail.delivery.poll-interval", delivery.pollInterval());
        requirePositive("mail.delivery.first-retry", delivery.firstRetry());
        requirePositive("mail.delivery.max-retry", delivery.maxRetry());
        if (delivery.firstRetry() != null && delivery.maxRetry() != null
                && delivery.maxRetry().compareTo(delivery.firstRetry()) < 0) {
            problem("mail.delivery.max-retry", String.valueOf(delivery.maxRetry()), "must not be shorter than first-retry");
        }
        if (delivery.maxAttempts() == null || delivery.maxAttempts() < 1) {
            problem("mail.delivery.max-attempts", String.valueOf(delivery.maxAttempts()), "must be a whole number of at least 1");
        }
        if (delivery.batchSize() == null || delivery.batchSize() < 1) {
            problem("mail.delivery.batch-size", String.valueOf(delivery.batchSize()), "must be a whole number of at least 1");
        }
    }

    /** Finds everything wrong with the authority settings, given the configured focus areas. */
    public static List<ConfigProblem> validate(AuthoritySettings authority, NegotiationProperties properties) {
        NegotiationConfigValidator validator = new NegotiationConfigValidator();
        validator.checkAuthority(authority.blanket(), properties.areas().stream().map(FocusArea::code).toList());
        return List.copyOf(validator.problems);
    }

    private void checkAuthority(AuthoritySettings.Blanket blanket, List<String> areaCodes) {
        for (int i = 0; i < blanket.areas().size(); i++) {
            if (!areaCodes.contains(blanket.areas().get(i))) {
                problem("authority.blanket.areas[" + i + "]", blanket.areas().get(i),
                        "unknown focus area code, expected one of " + areaCodes.stream().sorted().toList());
            }
        }
        if (blanket.areas().isEmpty()) {
            return;
        }
        if (blanket.instrument() == null) {
            problem("authority.blanket.instrument", null, "is required: BINDING or NON_BINDING");
        }
        if (blanket.instrument() == AuthoritySettings.Instrument.BINDING && blanket.entryIntoForce() == null) {
            problem("authority.blanket.entry-into-force", null,
                    "is required for a binding agreement: ON_SIGNATURE or ON_NOTIFICATION");
        }
    }

    private void checkMeetings(NegotiationProperties.Meetings meetings) {
        if (meetings == null) {
            problem("meetings", null, "is required");
            return;
        }
        requireNotNegative("meetings.first-offset", meetings.firstOffset());
        requirePositive("meetings.cadence", meetings.cadence());
        requirePositive("meetings.length", meetings.length());
        requireNotNegative("meetings.scheduling-lead", meetings.schedulingLead());
        if (meetings.timeOfDay() == null) {
            problem("meetings.time-of-day", null, "is required, like 10:00");
        }
    }

    private void checkNegotiation(NegotiationProperties.Negotiation negotiation) {
        Integer maxRounds = negotiation == null ? null : negotiation.maxRounds();
        if (maxRounds == null || maxRounds < 1) {
            problem("negotiation.max-rounds", String.valueOf(maxRounds), "must be a whole number of at least 1");
        }
    }

    private void requireName(String key, String name) {
        if (name == null || name.isBlank()) {
            problem(key, name, "must not be empty");
        }
    }

    private void requirePositive(String key, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            problem(key, String.valueOf(duration), "must be a positive ISO 8601 duration such as P10D");
        }
    }

    private void requireNotNegative(String key, Duration duration) {
        if (duration == null || duration.isNegative()) {
            problem(key, String.valueOf(duration), "must be an ISO 8601 duration of zero or more, such as P28D");
        }
    }

    private void problem(String key, String value, String reason) {
        problems.add(new ConfigProblem(P + key, value, reason));
    }
}
