package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Only a cleared text goes to the counterparts: the version sent (default the latest) must be cleared. */
@Component("checkTextSent")
class SendTextListener implements TaskListener {

    private final TrackTexts texts;

    SendTextListener(TrackTexts texts) {
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        AgreementTexts.TextVersion sent = texts.requireCleared(task.getExecution().getProcessBusinessKey(),
                (Integer) task.getVariable(TrackProcess.VAR_VERSION), "send");
        task.getExecution().setVariable(TrackProcess.VAR_SENT_VERSION, sent.number());
    }
}
