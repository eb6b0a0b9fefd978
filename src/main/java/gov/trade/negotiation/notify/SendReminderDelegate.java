package gov.trade.negotiation.notify;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;

/**
 * Tells whoever holds a task, or its candidate groups while nobody has claimed it, that it is due soon (the
 * timer's first firing, before the due date) and then that it is overdue (its second, on the due date). A
 * timer that fires only after the due date (the engine skips missed repetitions) sends both. Dedup keys per
 * task and kind make each go out once, however often the timer fires.
 */
@Component("sendReminder")
public class SendReminderDelegate implements JavaDelegate {

    private final Notifications notifications;
    private final EngineClock clock;

    public SendReminderDelegate(Notifications notifications, EngineClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TaskService taskService = execution.getProcessEngineServices().getTaskService();
        Instant now = clock.now();
        for (Task task : GuardedTasks.of(execution)) {
            List<String> holders = holdersOf(task, taskService);
            record(NotificationKind.REMINDER, execution, task, holders, now);
            if (task.getDueDate() != null && !now.isBefore(task.getDueDate().toInstant())) {
                record(NotificationKind.OVERDUE, execution, task, holders, now);
            }
        }
    }

    private void record(NotificationKind kind, DelegateExecution execution, Task task, List<String> holders,
            Instant now) {
        notifications.record(new Notification(kind + ":" + task.getId(), kind, execution.getProcessBusinessKey(),
                task.getId(), holders, now, TaskFacts.of(task)));
    }

    static List<String> holdersOf(Task task, TaskService taskService) {
        if (task.getAssignee() != null) {
            return List.of(Notification.user(task.getAssignee()));
        }
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? Notification.group(link.getGroupId())
                        : Notification.user(link.getUserId()))
                .sorted()
                .toList();
    }
}
