package gov.trade.negotiation.notify;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackParties;
import gov.trade.negotiation.track.TrackProcess;

/** Tells the track's people (desks, area leads), managers and the principal that the agreement was signed. */
@Component("announceSignOff")
public class AnnounceSignOffDelegate implements JavaDelegate {

    private final Notifications notifications;
    private final EngineClock clock;
    private final TrackParties parties;

    public AnnounceSignOffDelegate(Notifications notifications, EngineClock clock, TrackParties parties) {
        this.notifications = notifications;
        this.clock = clock;
        this.parties = parties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String track = execution.getProcessBusinessKey();
        notifications.record(new Notification("SIGNED:" + execution.getProcessInstanceId(), NotificationKind.SIGNED,
                track, null, TrackPeople.desksAnd(parties, execution,
                        (String) execution.getVariable(TrackProcess.VAR_AREA_LEAD_GROUP), Groups.MANAGERS, Groups.PRINCIPAL),
                clock.now(), Map.of("track", track)));
    }
}
