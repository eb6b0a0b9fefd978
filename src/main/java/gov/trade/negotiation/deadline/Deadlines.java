package gov.trade.negotiation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.DeadlineKey;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;

/**
 * Due dates and timers of user tasks, from the configured duration of each stage, counted in working days when
 * so configured. Used by the BPMN as {@code ${deadlines.dueDate('drafting')}} (the task's due date),
 * {@code ${deadlines.reminders('drafting')}} (a timer cycle that fires twice: the reminder before the due date
 * and the overdue notice on it) and {@code ${deadlines.escalationAfter('drafting')}} (due date plus grace).
 */
@Component("deadlines")
public class Deadlines {

    private final NegotiationProperties properties;
    private final EngineClock clock;
    private final WorkingCalendar calendar;
    private final WorkingCalendar calendarDays;

    public Deadlines(NegotiationProperties properties, EngineClock clock) {
        this.properties = properties;
        this.clock = clock;
        this.calendar = WorkingCalendar.of(properties);
        this.calendarDays = new WorkingCalendar(properties.kickoff().zone(), false, java.util.Set.of());
    }

    public Date dueDate(String deadlineKey) {
        return Date.from(dueFrom(clock.now(), deadlineKey));
    }

    /**
     * An ISO 8601 repeating interval with two occurrences: {@code reminder-before} ahead of the due date (never
     * before now), then the due date itself.
     */
    public String reminders(String deadlineKey) {
        Instant now = clock.now();
        Instant due = dueFrom(now, deadlineKey);
        Instant remindAt = calendarOf(deadlineKey).minus(due, properties.deadlines().reminderBefore());
        if (remindAt.isBefore(now)) {
            remindAt = now;
        }
        return "R1/" + remindAt + "/" + Duration.between(remindAt, due);
    }

    /** When managers are alerted, counted from task creation: the due date plus the grace period. */
    public String escalationAfter(String deadlineKey) {
        Instant now = clock.now();
        return Duration.between(now, calendarOf(deadlineKey).plus(dueFrom(now, deadlineKey),
                properties.deadlines().escalationGrace())).toString();
    }

    private Instant dueFrom(Instant start, String deadlineKey) {
        return calendarOf(deadlineKey).plus(start, properties.durationOf(key(deadlineKey).key()));
    }

    /** The working calendar, or plain calendar days for a deadline the law counts that way. */
    private WorkingCalendar calendarOf(String deadlineKey) {
        return key(deadlineKey).calendarDays() ? calendarDays : calendar;
    }

    private static DeadlineKey key(String deadlineKey) {
        return DeadlineKey.of(deadlineKey)
                .orElseThrow(() -> new IllegalArgumentException("Unknown deadline key '" + deadlineKey + "'"));
    }
}
