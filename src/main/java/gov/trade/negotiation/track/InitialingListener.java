package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The negotiators initial the cleared text: the version initialed (default the latest) must be cleared. */
@Component("recordInitialing")
class InitialingListener implements TaskListener {

    private final TrackTexts texts;

    InitialingListener(TrackTexts texts) {
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        AgreementTexts.TextVersion initialed = texts.requireCleared(task.getExecution().getProcessBusinessKey(),
                (Integer) task.getVariable(TrackProcess.VAR_VERSION), "initial");
        task.getExecution().setVariable(TrackProcess.VAR_INITIALED_VERSION, initialed.number());
        task.getExecution().setVariable(TrackProcess.VAR_INITIALED_HASH, initialed.sha256());
    }
}
