package gov.trade.negotiation.track;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A party signs what was cleared and initialed: the version signed (default the one initialed) is refused when its
 * content hash differs. The signature (date, place, signatories, version) is kept per party.
 */
@Component("recordSignature")
class SignatureListener implements TaskListener {

    private final TrackTexts texts;

    SignatureListener(TrackTexts texts) {
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        AgreementTexts.TextVersion signed = texts.requireInitialed(task.getExecution().getProcessBusinessKey(),
                (Integer) task.getVariable(TrackProcess.VAR_VERSION), task.getVariable(TrackProcess.VAR_INITIALED_VERSION),
                task.getVariable(TrackProcess.VAR_INITIALED_HASH));
        Map<String, String> signature = new LinkedHashMap<>();
        signature.put("on", text(task, TrackProcess.VAR_SIGNED_ON));
        signature.put("at", text(task, TrackProcess.VAR_SIGNED_AT));
        signature.put("us", text(task, TrackProcess.VAR_US_SIGNATORY));
        signature.put("counterpart", text(task, TrackProcess.VAR_COUNTERPART_SIGNATORY));
        signature.put("version", String.valueOf(signed.number()));
        Map<String, Map<String, String>> signatures = PartyRecords.parse(task.getVariable(TrackProcess.VAR_SIGNATURES));
        signatures.put((String) task.getVariable(TrackProcess.VAR_PARTY), signature);
        task.getExecution().setVariable(TrackProcess.VAR_SIGNATURES, PartyRecords.write(signatures));
    }

    private static String text(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        return value == null ? "" : value.toString();
    }
}
