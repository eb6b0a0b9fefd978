package gov.trade.negotiation.notify;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;

/**
 * The reminder and overdue notice of a user task, as a Camunda timeout task listener, so the diagram shows the
 * negotiation and not the mail: {@code <camunda:taskListener event="timeout" delegateExpression="${taskReminder}">}
 * with the timer cycle {@code ${deadlines.reminders('<key>')}}. Its first firing (before the due date) tells whoever
 * holds the task, or its candidate groups, that it is due soon; its second (on the due date) that it is overdue; a
 * firing after the due date (missed repetitions are skipped) sends both. Dedup keys per task and kind make each go
 * out once. Shared by every process: use it for any user task with a deadline.
 */
@Component("taskReminder")
public class DeadlineReminderListener implements TaskListener {

    private final Notifications notifications;
    private final EngineClock clock;

    public DeadlineReminderListener(Notifications notifications, EngineClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = clock.now();
        List<String> holders = holdersOf(task);
        record(NotificationKind.REMINDER, task, holders, now);
        if (task.getDueDate() != null && !now.isBefore(task.getDueDate().toInstant())) {
            record(NotificationKind.OVERDUE, task, holders, now);
        }
    }

    private void record(NotificationKind kind, DelegateTask task, List<String> holders, Instant now) {
        notifications.record(new Notification(kind + ":" + task.getId(), kind, task.getExecution().getProcessBusinessKey(),
                task.getId(), holders, now, TaskFacts.of(task)));
    }

    static List<String> holdersOf(DelegateTask task) {
        if (task.getAssignee() != null) {
            return List.of(Notification.user(task.getAssignee()));
        }
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? Notification.group(link.getGroupId())
                        : Notification.user(link.getUserId()))
                .sorted()
                .toList();
    }
}
