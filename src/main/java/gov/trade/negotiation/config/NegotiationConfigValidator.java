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
