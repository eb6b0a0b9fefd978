package gov.trade.negotiation.track;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Draft agreement text" and "Revise text" carry their work: the text submitted with the task (transient
 * {@code draftText}, with {@code draftNote}) becomes the next draft version, authored by whoever completes it, in
 * the completion's transaction, so the version and the completion are stored together or not at all. A text equal
 * to the latest version stores nothing; no text leaves the versions as they are.
 */
@Component("storeDraftVersion")
class DraftVersionListener implements TaskListener {

    private final TrackTexts texts;

    DraftVersionListener(TrackTexts texts) {
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(TrackProcess.VAR_DRAFT_TEXT) instanceof String text && !text.isBlank()) {
            Object note = task.getVariable(TrackProcess.VAR_DRAFT_NOTE);
            texts.addVersionIfChanged(task.getExecution().getProcessBusinessKey(), author(task), text,
                    note instanceof String written ? written : null);
        }
    }

    private static String author(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null && current.getUserId() != null ? current.getUserId() : "unknown";
    }
}
