package gov.trade.negotiation.deadline;

import java.time.Duration;
import java.util.Date;

import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.DeadlineKey;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;

/**
 * Due dates and timer durations of user tasks, from the configured duration of each stage. Used by the BPMN
 * as {@code ${deadlines.dueDate('drafting')}}, {@code ${deadlines.reminderAfter('drafting')}} and
 * {@code ${deadlines.escalationAfter('drafting')}}.
 */
@Component("deadlines")
public class Deadlines {

    private final NegotiationProperties properties;
    private final EngineClock clock;

    public Deadlines(NegotiationProperties properties, EngineClock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public Date dueDate(String deadlineKey) {
        return Date.from(clock.now().plus(durationOf(deadlineKey)));
    }

    /** When the reminder fires, counted from task creation: the configured lead before the due date, never negative. */
    public String reminderAfter(String deadlineKey) {
        Duration remindAt = durationOf(deadlineKey).minus(properties.deadlines().reminderBefore());
        return (remindAt.isNegative() ? Duration.ZERO : remindAt).toString();
    }

    /** When managers are alerted, counted from task creation: the due date plus the grace period. */
    public String escalationAfter(String deadlineKey) {
        return durationOf(deadlineKey).plus(properties.deadlines().escalationGrace()).toString();
    }

    private Duration durationOf(String deadlineKey) {
        DeadlineKey key = DeadlineKey.of(deadlineKey)
                .orElseThrow(() -> new IllegalArgumentException("Unknown deadline key '" + deadlineKey + "'"));
        return properties.durationOf(key.key());
    }
}
