package gov.trade.negotiation.notify;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackParties;
import gov.trade.negotiation.track.TrackProcess;

/** The groups a track-wide mail goes to: its lead group and each party's desk, then whoever else is named. */
final class TrackPeople {

    private TrackPeople() {
    }

    static List<String> desksAnd(TrackParties parties, DelegateExecution execution, String... otherGroups) {
        String trackId = execution.getProcessBusinessKey();
        List<String> groups = new ArrayList<>();
        Object lead = execution.getVariable(TrackProcess.VAR_LEAD_GROUP);
        groups.add(lead != null ? (String) lead : parties.leadGroupOf(trackId));
        parties.of(trackId).stream().map(Groups::desk).filter(desk -> !groups.contains(desk)).forEach(groups::add);
        for (String group : otherGroups) {
            if (group != null && !groups.contains(group)) {
                groups.add(group);
            }
        }
        return groups.stream().map(Notification::group).toList();
    }
}
