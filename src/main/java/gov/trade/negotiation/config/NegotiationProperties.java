package gov.trade.negotiation.config;

import java.time.DayOfWeek;
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
        Calendar calendar,
        List<Nation> nations,
        List<FocusArea> areas,
        List<Office> offices,
        List<Agreement> agreements,
        Deadlines deadlines,
        Meetings meetings,
        Negotiation negotiation) {

    public static final String PREFIX = "negotiation";

    public NegotiationProperties {
        calendar = calendar == null ? new Calendar(null, null, null) : calendar;
        nations = nations == null ? List.of() : List.copyOf(nations);
        areas = areas == null ? List.of() : List.copyOf(areas);
        offices = offices == null ? List.of() : List.copyOf(offices);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** The kickoff day and the US side's time zone (deadlines, meeting times, pages). */
    public record Kickoff(LocalDate date, ZoneId zone) {
    }

    /** Monday to Friday, the working week unless a party says otherwise. */
    public static final List<DayOfWeek> MONDAY_TO_FRIDAY = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** Office hours unless a party says otherwise. */
    public static final String DEFAULT_OFFICE_HOURS = "09:00-17:00";

    /** Holiday calendar code that switches the library's holidays off for a party. */
    public static final String NO_HOLIDAY_CALENDAR = "none";

    /**
     * The US side's working calendar (its time zone is the kickoff's): {@code holidaysFrom} names the holiday
     * calendar of the library (default {@code US}), to which {@code deadlines.holidays} adds days.
     */
    public record Calendar(String holidaysFrom, List<DayOfWeek> workingWeek, String officeHours) {
        public Calendar {
            holidaysFrom = holidaysFrom == null ? "US" : holidaysFrom;
            workingWeek = workingWeek == null || workingWeek.isEmpty() ? MONDAY_TO_FRIDAY : List.copyOf(workingWeek);
            officeHours = officeHours == null ? DEFAULT_OFFICE_HOURS : officeHours;
        }
    }

    /**
     * A counterpart party, by code: an ISO 3166 alpha-2 nation such as JP, or EU for the European Union. {@code areas}
     * narrows the focus areas (empty = all); {@code joins} is the day it joins a running program (none = at once);
     * {@code withdrawn} ends its open tracks and meeting series. Its calendar: {@code zone} (default the kickoff's),
     * {@code workingWeek} (default Monday to Friday), {@code officeHours} ({@code 09:00-17:00}) and
     * {@code holidaysFrom} (the library's holiday calendar; default the party's own code where the library has one,
     * {@code none} for no holidays).
     */
    public record Nation(String code, String name, List<String> areas, LocalDate joins, Withdrawal withdrawn,
            ZoneId zone, List<DayOfWeek> workingWeek, String officeHours, String holidaysFrom, List<LocalDate> holidays) {
        public Nation {
            areas = areas == null ? List.of() : List.copyOf(areas);
            workingWeek = workingWeek == null || workingWeek.isEmpty() ? MONDAY_TO_FRIDAY : List.copyOf(workingWeek);
            officeHours = officeHours == null ? DEFAULT_OFFICE_HOURS : officeHours;
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }

        /** A nation that takes part from the start, on the default calendar. */
        public static Nation of(String code, String name, List<String> areas) {
            return new Nation(code, name, areas, null, null, null, null, null, null, null);
        }

        public boolean isWithdrawn() {
            return withdrawn != null;
        }
    }

    /** Why a party left the program; its open tracks end WITHDRAWN with this reason. */
    public record Withdrawal(String reason) {
    }

    public record FocusArea(String code, String name) {
    }

    /** A US office that can lead an agreement, e.g. USTR; its staff are group {@code office-ustr}. */
    public record Office(String code, String name) {
    }

    /**
     * A plurilateral agreement: one track per area, id {@code <CODE>-<AREA>}, negotiated with several
     * {@code parties} and led by {@code leadOffice}; {@code areas} empty = all.
     */
    public record Agreement(String code, String name, List<String> parties, List<String> areas, String leadOffice,
            LocalDate joins) {
        public Agreement {
            parties = parties == null ? List.of() : List.copyOf(parties);
            areas = areas == null ? List.of() : List.copyOf(areas);
        }
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

    public Optional<Agreement> agreement(String code) {
        return agreements.stream().filter(agreement -> agreement.code().equals(code)).findFirst();
    }

    public Optional<Office> office(String code) {
        return offices.stream().filter(office -> office.code().equals(code)).findFirst();
    }

    /** The nations still taking part, in configured order. */
    public List<Nation> activeNations() {
        return nations.stream().filter(nation -> !nation.isWithdrawn()).toList();
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

    /** The focus areas of a plurilateral agreement, in configured order. */
    public List<FocusArea> areasOf(Agreement agreement) {
        if (agreement.areas().isEmpty()) {
            return areas;
        }
        return areas.stream().filter(area -> agreement.areas().contains(area.code())).toList();
    }

    public Duration durationOf(String deadlineKey) {
        Duration duration = deadlines.durations().get(deadlineKey);
        if (duration == null) {
            throw new IllegalArgumentException("No deadline configured for '" + deadlineKey + "'");
        }
        return duration;
    }
}
