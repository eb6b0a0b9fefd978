package gov.trade.negotiation.notify;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackProcess;

/** Tells the track's people (desk, area leads) and managers that the sign-off chain is complete. */
@Component("announceSignOff")
public class AnnounceSignOffDelegate implements JavaDelegate {

    private final Notifications notifications;
    private final EngineClock clock;

    public AnnounceSignOffDelegate(Notifications notifications, EngineClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String track = execution.getProcessBusinessKey();
        notifications.record(new Notification("SIGNED:" + execution.getProcessInstanceId(), NotificationKind.SIGNED,
                track, null, List.of(
                        Notification.group((String) execution.getVariable(TrackProcess.VAR_DESK_GROUP)),
                        Notification.group((String) execution.getVariable(TrackProcess.VAR_AREA_LEAD_GROUP)),
                        Notification.group(Groups.MANAGERS),
                        Notification.group(Groups.PRINCIPAL)),
                clock.now(), Map.of("track", track)));
    }
}
