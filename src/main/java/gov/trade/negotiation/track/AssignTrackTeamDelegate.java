package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.AuthoritySettings;
import gov.trade.negotiation.config.NegotiationProperties;

/**
 * Reads nation and area from the business key, assigns the groups that work on the track and, where a blanket
 * authority covers its area, takes the instrument type and authority to conclude from it.
 */
@Component("assignTrackTeam")
class AssignTrackTeamDelegate implements JavaDelegate {

    private final NegotiationProperties properties;
    private final AuthoritySettings authority;
    private final TrackParties parties;

    AssignTrackTeamDelegate(NegotiationProperties properties, AuthoritySettings authority, TrackParties parties) {
        this.properties = properties;
        this.authority = authority;
        this.parties = parties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String trackId = execution.getProcessBusinessKey();
        TrackId track = TrackId.parse(trackId);
        execution.setVariable(TrackProcess.VAR_NATION, track.nation());
        execution.setVariable(TrackProcess.VAR_AREA, track.area());
        execution.setVariable(TrackProcess.VAR_LEAD_GROUP, parties.leadGroupOf(trackId));
        execution.setVariable(TrackProcess.VAR_AREA_LEAD_GROUP, track.areaLeadGroup());
        execution.setVariable(TrackProcess.VAR_NEGOTIATION_ROUND, 0);
        execution.setVariable(TrackProcess.VAR_ROUND_LIMIT, properties.negotiation().maxRounds());
        AuthoritySettings.Blanket blanket = authority.blanket();
        boolean covered = blanket.covers(track.area());
        execution.setVariable(TrackProcess.VAR_BLANKET_AUTHORITY, covered);
        execution.setVariable(TrackProcess.VAR_CONCLUDE_GRANTED, covered && blanket.includesAuthorityToConclude());
        if (covered) {
            execution.setVariable(TrackProcess.VAR_INSTRUMENT, blanket.instrument().name());
            execution.setVariable(TrackProcess.VAR_ENTRY_INTO_FORCE,
                    blanket.entryIntoForce() == null ? null : blanket.entryIntoForce().name());
        }
    }
}
