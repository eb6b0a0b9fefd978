package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.NegotiationProperties;

/** A text sent back from sign-off is negotiated afresh: the round count starts again with the configured limit. */
@Component("restartRounds")
class RestartRoundsDelegate implements JavaDelegate {

    private final NegotiationProperties properties;

    RestartRoundsDelegate(NegotiationProperties properties) {
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(TrackProcess.VAR_NEGOTIATION_ROUND, 0);
        execution.setVariable(TrackProcess.VAR_ROUND_LIMIT, properties.negotiation().maxRounds());
    }
}
