package gov.trade.negotiation.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import gov.trade.negotiation.security.CurrentUser;

/** What one process says about its tasks. Implemented as a bean by each process package. */
public interface ProcessVocabulary {

    /** The key of the process definition this vocabulary speaks for. */
    String processKey();

    /** What a business key of this process names (a track, a meeting series), or empty if it names nothing known. */
    Optional<Subject> subject(String businessKey);

    /** Whether the user may read what the business key names (and so see its tasks). */
    boolean canRead(CurrentUser user, Subject subject);

    /** The stages of this process's tasks, in order, for the inbox's filter. */
    List<? extends Stage> stages();

    Optional<? extends Stage> stageOf(String taskKey);

    /** The task keys of one of this process's stages. */
    default List<String> taskKeysOf(Stage stage) {
        return List.of();
    }

    /** The form of a task: the fields a person fills in to complete it. */
    TaskForm formOf(String taskKey);

    /**
     * Turns a submitted form, already checked field by field against {@link #formOf}, into the variables that complete
     * the task; rules across fields or against the process's data are reported with {@link FormValues#reject}, or, when
     * the task cannot be completed as things stand, by throwing a problem (e.g. a conflict).
     */
    Map<String, Object> variables(TaskRef task, FormValues values);

    /**
     * The values a task's form starts with, by field name: the work it carries as it stands (the latest agreement text
     * on a drafting task, to edit and send back). Empty for most tasks.
     */
    default Map<String, String> currentValues(TaskRef task) {
        return Map.of();
    }

    /** The task's situation in words, one line each (e.g. "Round 2 of 5"), for the task page and API. */
    List<String> context(TaskRef task);
}
