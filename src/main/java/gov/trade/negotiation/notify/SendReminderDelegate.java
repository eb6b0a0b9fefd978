package gov.trade.negotiation.notify;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.CandidateGroups;
import gov.trade.negotiation.engine.EngineClock;

/** Reminds whoever holds a task that is due soon, or its candidate groups while nobody has claimed it. */
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
        for (Task task : GuardedTasks.of(execution)) {
            notifications.record(new Notification("REMINDER:" + task.getId(), NotificationKind.REMINDER,
                    execution.getProcessBusinessKey(), task.getId(),
                    "Due soon: " + task.getName() + " (" + execution.getProcessBusinessKey() + ")",
                    recipients(task, taskService), clock.now()));
        }
    }

    private static List<String> recipients(Task task, TaskService taskService) {
        if (task.getAssignee() != null) {
            return List.of("user:" + task.getAssignee());
        }
        return CandidateGroups.of(taskService, task.getId()).stream().map(group -> "group:" + group).toList();
    }
}
