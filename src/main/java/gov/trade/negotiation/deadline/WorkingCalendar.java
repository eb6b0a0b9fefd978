package gov.trade.negotiation.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import gov.trade.negotiation.config.HolidayCalendars;
import gov.trade.negotiation.config.NegotiationProperties;

/**
 * One side's working calendar: its time zone, working week, office hours and holidays (the holiday library's
 * calendar plus days listed in config). In working-day mode the whole days of a duration count working days only
 * and the rest is added as exact time; otherwise all is exact time.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final boolean workingDays;
    private final Set<DayOfWeek> workingWeek;
    private final LocalTime opens;
    private final LocalTime closes;
    private final String holidayCalendar;
    private final Set<LocalDate> listedHolidays;
    /** Holidays of the library per year, computed once each: the same for every node, so no state to share. */
    private final Map<Integer, Set<LocalDate>> libraryHolidays = new ConcurrentHashMap<>();

    public WorkingCalendar(ZoneId zone, boolean workingDays, List<DayOfWeek> workingWeek, String officeHours,
            String holidayCalendar, Set<LocalDate> listedHolidays) {
        this.zone = zone;
        this.workingDays = workingDays;
        this.workingWeek = workingWeek.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workingWeek);
        String[] hours = officeHours.split("-");
        this.opens = LocalTime.parse(hours[0]);
        this.closes = LocalTime.parse(hours[1]);
        this.holidayCalendar = holidayCalendar == null || NegotiationProperties.NO_HOLIDAY_CALENDAR.equals(holidayCalendar)
                ? null : holidayCalendar;
        this.listedHolidays = Set.copyOf(listedHolidays);
    }

    /** Monday to Friday, 09:00-17:00, only the listed holidays. */
    public WorkingCalendar(ZoneId zone, boolean workingDays, Set<LocalDate> holidays) {
        this(zone, workingDays, NegotiationProperties.MONDAY_TO_FRIDAY, NegotiationProperties.DEFAULT_OFFICE_HOURS,
                null, holidays);
    }

    /** The US side: the kickoff's zone, {@code negotiation.calendar} and the holidays listed under deadlines. */
    public static WorkingCalendar of(NegotiationProperties properties) {
        NegotiationProperties.Calendar calendar = properties.calendar();
        return new WorkingCalendar(properties.kickoff().zone(), properties.deadlines().workingDays(),
                calendar.workingWeek(), calendar.officeHours(), calendar.holidaysFrom(),
                Set.copyOf(properties.deadlines().holidays()));
    }

    /** A counterpart's calendar; working-day counting as configured for the program. */
    public static WorkingCalendar of(NegotiationProperties properties, NegotiationProperties.Nation party) {
        String holidays = party.holidaysFrom() != null ? party.holidaysFrom()
                : HolidayCalendars.supportsParty(party.code()) ? party.code() : null;
        return new WorkingCalendar(party.zone() == null ? properties.kickoff().zone() : party.zone(),
                properties.deadlines().workingDays(), party.workingWeek(), party.officeHours(), holidays,
                Set.copyOf(party.holidays()));
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }

    public Instant plus(Instant start, Duration duration) {
        if (!workingDays) {
            return start.plus(duration);
        }
        long days = duration.toDays();
        ZonedDateTime time = start.atZone(zone);
        int step = days < 0 ? -1 : 1;
        for (long i = 0; i < Math.abs(days); i++) {
            time = time.plusDays(step);
            while (!isWorkingDay(time.toLocalDate())) {
                time = time.plusDays(step);
            }
        }
        return time.plus(duration.minusDays(days)).toInstant();
    }

    public Instant minus(Instant start, Duration duration) {
        return plus(start, duration.negated());
    }

    public boolean isWorkingDay(LocalDate day) {
        return workingWeek.contains(day.getDayOfWeek()) && !isHoliday(day);
    }

    public boolean isHoliday(LocalDate day) {
        return listedHolidays.contains(day) || holidayCalendar != null
                && libraryHolidays.computeIfAbsent(day.getYear(), year -> HolidayCalendars.holidays(holidayCalendar, year))
                        .contains(day);
    }

    /** Minutes of [start, end) that fall inside office hours on this side's working days. */
    public long minutesInOfficeHours(Instant start, Instant end) {
        long minutes = 0;
        LocalDate day = start.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = end.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = day.atTime(opens).atZone(zone).toInstant();
            Instant close = day.atTime(closes).atZone(zone).toInstant();
            Instant from = open.isAfter(start) ? open : start;
            Instant to = close.isBefore(end) ? close : end;
            if (from.isBefore(to)) {
                minutes += Duration.between(from, to).toMinutes();
            }
        }
        return minutes;
    }

    /** How far [start, end) lies from the nearest office hours on a working day, in minutes (0 if it touches them). */
    public long minutesFromOfficeHours(Instant start, Instant end) {
        long nearest = Long.MAX_VALUE;
        LocalDate first = start.atZone(zone).toLocalDate().minusDays(7);
        for (LocalDate day = first; !day.isAfter(first.plusDays(15)); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = day.atTime(opens).atZone(zone).toInstant();
            Instant close = day.atTime(closes).atZone(zone).toInstant();
            long gap = end.isBefore(open) || end.equals(open) ? Duration.between(end, open).toMinutes()
                    : start.isAfter(close) || start.equals(close) ? Duration.between(close, start).toMinutes() : 0;
            nearest = Math.min(nearest, gap);
        }
        return nearest;
    }
}
