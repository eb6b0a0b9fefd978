package gov.trade.negotiation.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import gov.trade.negotiation.config.NegotiationProperties;

/**
 * Adds durations to points in time. In working-day mode the whole days of a duration count Monday to Friday
 * except holidays, in the program's time zone, and the rest is added as exact time; otherwise all is exact time.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final boolean workingDays;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(ZoneId zone, boolean workingDays, Set<LocalDate> holidays) {
        this.zone = zone;
        this.workingDays = workingDays;
        this.holidays = Set.copyOf(holidays);
    }

    public static WorkingCalendar of(NegotiationProperties properties) {
        return new WorkingCalendar(properties.kickoff().zone(), properties.deadlines().workingDays(),
                Set.copyOf(properties.deadlines().holidays()));
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
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
