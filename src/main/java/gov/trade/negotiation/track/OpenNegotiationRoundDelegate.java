package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the rounds of text sent to the counterpart. */
@Component("openNegotiationRound")
class OpenNegotiationRoundDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        int round = (Integer) execution.getVariable(TrackProcess.VAR_NEGOTIATION_ROUND);
        execution.setVariable(TrackProcess.VAR_NEGOTIATION_ROUND, round + 1);
    }
}
