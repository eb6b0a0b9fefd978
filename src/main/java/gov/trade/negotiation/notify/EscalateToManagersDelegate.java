package gov.trade.negotiation.notify;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;

/** Tells managers that a task is overdue past its grace period. */
@Component("escalateToManagers")
public class EscalateToManagersDelegate implements JavaDelegate {

    public static final String MANAGERS = "group:managers";

    private final Notifications notifications;
    private final EngineClock clock;

    public EscalateToManagersDelegate(Notifications notifications, EngineClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : GuardedTasks.of(execution)) {
            notifications.record(new Notification("ESCALATION:" + task.getId(), NotificationKind.ESCALATION,
                    execution.getProcessBusinessKey(), task.getId(), List.of(MANAGERS), clock.now(),
                    TaskFacts.of(task)));
        }
    }
}
