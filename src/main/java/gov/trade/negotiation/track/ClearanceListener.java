package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.track.AgreementTexts.Reviewer;
import gov.trade.negotiation.track.TrackProcess.ReviewDecision;

/** A review that approves clears the version it names (default the latest), stored with its content hash. */
@Component("recordClearance")
class ClearanceListener implements TaskListener {

    private final TrackTexts texts;

    ClearanceListener(TrackTexts texts) {
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean legal = TrackProcess.USER_TASK_LEGAL_REVIEW.equals(task.getTaskDefinitionKey());
        Object decision = task.getVariable(legal ? TrackProcess.VAR_LEGAL_DECISION : TrackProcess.VAR_INTERAGENCY_DECISION);
        if (!ReviewDecision.APPROVE.name().equals(decision)) {
            return;
        }
        Integer version = (Integer) task.getVariable(TrackProcess.VAR_VERSION);
        texts.clear(task.getExecution().getProcessBusinessKey(), legal ? Reviewer.LEGAL : Reviewer.INTERAGENCY, version,
                task.getAssignee());
        task.getExecution().setVariable(legal ? TrackProcess.VAR_LEGAL_VERSION : TrackProcess.VAR_INTERAGENCY_VERSION,
                version != null ? version : texts.latest(task.getExecution().getProcessBusinessKey()).orElseThrow().number());
    }
}
