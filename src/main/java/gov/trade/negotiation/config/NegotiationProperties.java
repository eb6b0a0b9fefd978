package gov.trade.negotiation.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The negotiation as configured in {@code config/negotiation.yaml}: who takes part, on what, and on
 * which timetable. Checked at start-up by {@link ConfigurationCheck}; nothing here is hard-coded.
 */
@ConfigurationProperties(prefix = NegotiationProperties.PREFIX)
public record NegotiationProperties(
        String programKey,
        Kickoff kickoff,
        List<Nation> nations,
        List<FocusArea> areas,
        Deadlines deadlines,
        Meetings meetings,
        Negotiation negotiation) {

    public static final String PREFIX = "negotiation";

    public NegotiationProperties {
        nations = nations == null ? List.of() : List.copyOf(nations);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public record Kickoff(LocalDate date, ZoneId zone) {
    }

    /** A counterpart nation, by ISO 3166 alpha-2 code; {@code areas} narrows the focus areas (empty = all). */
    public record Nation(String code, String name, List<String> areas) {
        public Nation {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }
    }

    public record FocusArea(String code, String name) {
    }

    /**
     * How long each stage may take ({@code durations} by deadline key), when to remind, when to escalate. With
     * {@code workingDays} the whole days of every duration count working days only: weekends and the
     * {@code holidays} are skipped (in the kickoff's time zone).
     */
    public record Deadlines(Map<String, Duration> durations, Duration reminderBefore, Duration escalationGrace,
            boolean workingDays, List<LocalDate> holidays) {
        public Deadlines {
            durations = durations == null ? Map.of() : Map.copyOf(durations);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }

    /** The bilateral follow-up meeting series with each nation. */
    public record Meetings(Duration firstOffset, Duration cadence, LocalTime timeOfDay, Duration length,
            Duration schedulingLead) {
    }

    public record Negotiation(Integer maxRounds) {
    }

    public Optional<Nation> nation(String code) {
        return nations.stream().filter(nation -> nation.code().equals(code)).findFirst();
    }

    public Optional<FocusArea> area(String code) {
        return areas.stream().filter(area -> area.code().equals(code)).findFirst();
    }

    /** The focus areas negotiated with a nation, in configured order. */
    public List<FocusArea> areasOf(Nation nation) {
        if (nation.areas().isEmpty()) {
            return areas;
        }
        return areas.stream().filter(area -> nation.areas().contains(area.code())).toList();
    }

    public Duration durationOf(String deadlineKey) {
        Duration duration = deadlines.durations().get(deadlineKey);
        if (duration == null) {
            throw new IllegalArgumentException("No deadline configured for '" + deadlineKey + "'");
        }
        return duration;
    }
}
