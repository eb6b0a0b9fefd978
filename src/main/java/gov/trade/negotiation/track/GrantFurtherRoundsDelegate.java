package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;

/** After managers let a stalled or suspended track go on, it gets the configured number of rounds again. */
@Component("grantFurtherRounds")
class GrantFurtherRoundsDelegate implements JavaDelegate {

    private final NegotiationProperties properties;

    GrantFurtherRoundsDelegate(NegotiationProperties properties) {
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int round = (Integer) execution.getVariable(TrackProcess.VAR_NEGOTIATION_ROUND);
        execution.setVariable(TrackProcess.VAR_ROUND_LIMIT, round + properties.negotiation().maxRounds());
    }
}
