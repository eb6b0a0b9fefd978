package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;

/** Reads nation and area from the business key and assigns the groups that work on the track. */
@Component("assignTrackTeam")
class AssignTrackTeamDelegate implements JavaDelegate {

    private final NegotiationProperties properties;

    AssignTrackTeamDelegate(NegotiationProperties properties) {
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TrackId track = TrackId.parse(execution.getProcessBusinessKey());
        execution.setVariable(TrackProcess.VAR_NATION, track.nation());
        execution.setVariable(TrackProcess.VAR_AREA, track.area());
        execution.setVariable(TrackProcess.VAR_DESK_GROUP, track.deskGroup());
        execution.setVariable(TrackProcess.VAR_AREA_LEAD_GROUP, track.areaLeadGroup());
        execution.setVariable(TrackProcess.VAR_NEGOTIATION_ROUND, 0);
        execution.setVariable(TrackProcess.VAR_ROUND_LIMIT, properties.negotiation().maxRounds());
    }
}
