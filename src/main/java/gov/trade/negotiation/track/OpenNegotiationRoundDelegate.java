package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the rounds of text sent to the counterparts; each round starts with no answers. */
@Component("openNegotiationRound")
class OpenNegotiationRoundDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        int round = (Integer) execution.getVariable(TrackProcess.VAR_NEGOTIATION_ROUND);
        execution.setVariable(TrackProcess.VAR_NEGOTIATION_ROUND, round + 1);
        execution.setVariable(TrackProcess.VAR_COUNTERPART_ANSWERS, "{}");
        execution.setVariable(TrackProcess.VAR_ROUND_OUTCOME, null);
    }
}
