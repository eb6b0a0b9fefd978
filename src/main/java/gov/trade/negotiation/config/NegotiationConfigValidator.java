package gov.trade.negotiation.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import gov.trade.negotiation.config.NegotiationProperties.FocusArea;
import gov.trade.negotiation.config.NegotiationProperties.Nation;

/** Finds everything wrong with a bound configuration; an empty list means it is usable. */
public final class NegotiationConfigValidator {

    private static final Pattern NATION_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern AGREEMENT_CODE = Pattern.compile("[A-Z][A-Z0-9]{2,}");
    private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Pattern OFFICE_HOURS = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
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
        checkCalendar(properties.calendar());
        checkNations(properties.nations(), areaCodes);
        Set<String> officeCodes = checkOffices(properties.offices());
        checkAgreements(properties, areaCodes, officeCodes);
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
            if ("true".equals(nation.code()) || "false".equals(nation.code())) {
                problem(key + ".code", nation.code(), "read as a yes/no value, not a party code: write the code in "
                        + "quotes, e.g. code: \"NO\"");
            } else if (nation.code() == null || !NATION_CODE.matcher(nation.code()).matches()) {
                problem(key + ".code", nation.code(), "must be a two-letter party code: ISO 3166 alpha-2 like JP, or EU");
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
            if (nation.withdrawn() != null) {
                requireName(key + ".withdrawn.reason", nation.withdrawn().reason());
            }
            checkOfficeHours(key + ".office-hours", nation.officeHours());
            checkHolidayCalendar(key + ".holidays-from", nation.holidaysFrom(), false);
            checkWorkingWeek(key + ".working-week", nation.workingWeek());
        }
    }

    private void checkCalendar(NegotiationProperties.Calendar calendar) {
        checkOfficeHours("calendar.office-hours", calendar.officeHours());
        checkHolidayCalendar("calendar.holidays-from", calendar.holidaysFrom(), true);
        checkWorkingWeek("calendar.working-week", calendar.workingWeek());
    }

    private void checkOfficeHours(String key, String officeHours) {
        java.util.regex.Matcher matcher = OFFICE_HOURS.matcher(officeHours == null ? "" : officeHours);
        try {
            if (matcher.matches() && java.time.LocalTime.parse(matcher.group(1))
                    .isBefore(java.time.LocalTime.parse(matcher.group(2)))) {
                return;
            }
        } catch (java.time.format.DateTimeParseException notATime) {
            // reported below
        }
        problem(key, officeHours, "must be local times from-to on one day, like 09:00-17:00");
    }

    private void checkHolidayCalendar(String key, String code, boolean required) {
        if (code == null) {
            if (required) {
                problem(key, null, "is required, like US");
            }
            return;
        }
        if (!NegotiationProperties.NO_HOLIDAY_CALENDAR.equals(code) && !HolidayCalendars.supports(code)) {
            problem(key, code, "unknown holiday calendar; use a country code the holiday library knows, like US or "
                    + "JP (optionally with a region, like US-DC), or 'none'");
        }
    }

    private void checkWorkingWeek(String key, List<java.time.DayOfWeek> week) {
        if (new HashSet<>(week).size() != week.size()) {
            problem(key, week.toString(), "lists a day twice");
        }
    }

    private Set<String> checkOffices(List<NegotiationProperties.Office> offices) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < offices.size(); i++) {
            NegotiationProperties.Office office = offices.get(i);
            String key = "offices[" + i + "]";
            if (office.code() == null || !OFFICE_CODE.matcher(office.code()).matches()) {
                problem(key + ".code", office.code(), "must be upper case letters and digits, like USTR");
            } else if (!codes.add(office.code())) {
                problem(key + ".code", office.code(), "duplicate office code");
            }
            requireName(key + ".name", office.name());
        }
        return codes;
    }

    private void checkAgreements(NegotiationProperties properties, Set<String> areaCodes, Set<String> officeCodes) {
        Set<String> codes = new HashSet<>();
        List<NegotiationProperties.Agreement> agreements = properties.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            NegotiationProperties.Agreement agreement = agreements.get(i);
            String key = "agreements[" + i + "]";
            if (agreement.code() == null || !AGREEMENT_CODE.matcher(agreement.code()).matches()) {
                problem(key + ".code", agreement.code(), "must be three or more upper case letters and digits, "
                        + "like COORD (track ids are <CODE>-<AREA>)");
            } else if (properties.nation(agreement.code()).isPresent() || !codes.add(agreement.code())) {
                problem(key + ".code", agreement.code(), "duplicate code: already a party or another agreement");
            }
            requireName(key + ".name", agreement.name());
            if (agreement.parties().size() < 2) {
                problem(key + ".parties", agreement.parties().toString(), "must list at least two parties");
            }
            Set<String> parties = new HashSet<>();
            for (int j = 0; j < agreement.parties().size(); j++) {
                String party = agreement.parties().get(j);
                String partyKey = key + ".parties[" + j + "]";
                Optional<Nation> nation = properties.nation(party);
                if (nation.isEmpty()) {
                    problem(partyKey, party, "unknown party; list it under negotiation.nations");
                } else if (nation.get().isWithdrawn()) {
                    problem(partyKey, party, "has withdrawn from the program");
                } else if (!parties.add(party)) {
                    problem(partyKey, party, "listed twice");
                }
            }
            for (int j = 0; j < agreement.areas().size(); j++) {
                if (!areaCodes.contains(agreement.areas().get(j))) {
                    problem(key + ".areas[" + j + "]", agreement.areas().get(j), "unknown focus area code, expected one of "
                            + areaCodes.stream().sorted().toList());
                }
            }
            if (agreement.leadOffice() == null || !officeCodes.contains(agreement.leadOffice())) {
                problem(key + ".lead-office", agreement.leadOffice(), "must be one of the configured offices "
                        + officeCodes.stream().sorted().toList());
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
