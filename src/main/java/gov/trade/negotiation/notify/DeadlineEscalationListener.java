package gov.trade.negotiation.notify;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;

/**
 * Tells managers that a user task is overdue past its grace period, as a Camunda timeout task listener
 * ({@code delegateExpression="${taskEscalation}"}, timer duration {@code ${deadlines.escalationAfter('<key>')}}).
 * Shared by every process.
 */
@Component("taskEscalation")
public class DeadlineEscalationListener implements TaskListener {

    private final Notifications notifications;
    private final EngineClock clock;

    public DeadlineEscalationListener(Notifications notifications, EngineClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        notifications.record(new Notification("ESCALATION:" + task.getId(), NotificationKind.ESCALATION,
                task.getExecution().getProcessBusinessKey(), task.getId(), List.of(EscalateToManagersDelegate.MANAGERS),
                clock.now(), TaskFacts.of(task)));
    }
}
