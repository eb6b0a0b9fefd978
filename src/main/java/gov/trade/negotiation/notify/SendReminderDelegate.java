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
 * Tells whoever holds a task, or its candidate groups while nobody has claimed it, that it is due soon or, once
 * its due date has come, that it is overdue. The timer fires before and on the due date; a late firing of the
 * first finds the task already overdue, and the dedup key keeps it to one overdue notice.
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
            boolean overdue = task.getDueDate() != null && !now.isBefore(task.getDueDate().toInstant());
            NotificationKind kind = overdue ? NotificationKind.OVERDUE : NotificationKind.REMINDER;
            notifications.record(new Notification(kind + ":" + task.getId(), kind, execution.getProcessBusinessKey(),
                    task.getId(), holdersOf(task, taskService), now, TaskFacts.of(task)));
        }
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
