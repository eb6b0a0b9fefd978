package gov.trade.negotiation.notify;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;

/**
 * Mails a new task to whoever it is assigned to, or to its candidate groups. Fed by the engine's Spring
 * eventing (task events are published inside the engine's transaction), so no BPMN needs a listener.
 */
@Component
class TaskMailListener {

    private final Notifications notifications;
    private final EngineClock clock;

    TaskMailListener(Notifications notifications, EngineClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void onTaskCreated(DelegateTask task) {
        List<String> recipients = task.getAssignee() != null
                ? List.of(Notification.user(task.getAssignee()))
                : task.getCandidates().stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .map(link -> link.getGroupId() != null ? Notification.group(link.getGroupId())
                                : Notification.user(link.getUserId()))
                        .sorted().toList();
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        notifications.record(new Notification("NEW_TASK:" + task.getId(), NotificationKind.NEW_TASK, businessKey,
                task.getId(), recipients, clock.now(), TaskFacts.of(task)));
    }
}
