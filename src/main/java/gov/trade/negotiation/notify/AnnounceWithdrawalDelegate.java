package gov.trade.negotiation.notify;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackParties;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.track.TrackTimeline;

/**
 * A track ends withdrawn (a manager's order, a nation withdrawn in the config, or a manager's decision on a stalled
 * or suspended track): the reason goes on its timeline and to its desks and managers by mail.
 */
@Component("announceWithdrawal")
public class AnnounceWithdrawalDelegate implements JavaDelegate {

    private final Notifications notifications;
    private final EngineClock clock;
    private final TrackParties parties;

    public AnnounceWithdrawalDelegate(Notifications notifications, EngineClock clock, TrackParties parties) {
        this.notifications = notifications;
        this.clock = clock;
        this.parties = parties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(TrackProcess.VAR_WITHDRAWAL_REASON);
        String text = reason == null || reason.toString().isBlank() ? "No reason given" : reason.toString();
        TrackTimeline.recordWithdrawal(execution.getProcessEngineServices().getTaskService(),
                execution.getProcessInstanceId(), text);
        notifications.record(new Notification("WITHDRAWN:" + execution.getProcessInstanceId(),
                NotificationKind.WITHDRAWN, execution.getProcessBusinessKey(), null,
                TrackPeople.desksAnd(parties, execution, Groups.MANAGERS), clock.now(), Map.of("reason", text)));
    }
}
