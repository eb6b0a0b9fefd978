package gov.trade.negotiation.track;

import static gov.trade.negotiation.track.TrackProcess.*;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import gov.trade.negotiation.workflow.Stage;

/**
 * Where a track stands, as managers and staff speak of it: a label, the colours the dashboard and badges use, how
 * far along the way to an agreement in force and reported it is ({@link #progress()}, out of
 * {@link #FINAL_PROGRESS}), and the user tasks a track waits at in it. Declaration order is the order of the way;
 * a track with tasks in several stages (reporting while the parties complete their domestic procedures) is in the
 * earliest. "Stalled" means one thing: managers have to decide whether a negotiation goes on.
 */
public enum TrackStage implements Stage {
    OPENING("Opening", "#eceff1", "#455a64", 0),
    AUTHORITY("Authority to negotiate", "#fce4ec", "#880e4f", 1,
            USER_TASK_REQUEST_AUTHORITY, USER_TASK_MEMORANDUM_OF_LAW, USER_TASK_APPROVE_AUTHORITY),
    DRAFTING("Drafting", "#e3f2fd", "#0d47a1", 2, USER_TASK_DRAFT_TEXT, USER_TASK_REVISE_TEXT),
    INTERNAL_REVIEW("Internal review", "#ede7f6", "#4527a0", 3, USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW),
    NEGOTIATION("Negotiation", "#fff8e1", "#7a5200", 4, USER_TASK_SEND_TEXT, USER_TASK_RECORD_ANSWER),
    STALLED("Stalled", "#ffcdd2", "#8e0000", 4, USER_TASK_DECIDE_STALLED),
    SUSPENDED("Suspended", "#d7ccc8", "#3e2723", 4, USER_TASK_RESUME_TRACK),
    AGREED("Agreed (initialed)", "#f9fbe7", "#4e5b00", 5, USER_TASK_INITIAL_TEXT, USER_TASK_CHECK_CONFORMITY),
    SIGN_OFF("Sign-off", "#e0f7fa", "#005662", 6, USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF,
            USER_TASK_UNDER_SECRETARY_SIGN_OFF, USER_TASK_REQUEST_CONCLUDE_AUTHORITY,
            USER_TASK_APPROVE_CONCLUDE_AUTHORITY),
    CLEARED_FOR_SIGNATURE("Cleared for signature", "#e0f2f1", "#00564d", 7, USER_TASK_SIGN),
    SIGNED("Signed", "#c8e6c9", "#1b5e20", 8, USER_TASK_DOMESTIC_PROCEDURES),
    IN_FORCE("In force or operative", "#b2dfdb", "#003d33", 9, USER_TASK_TRANSMIT_TEXT, USER_TASK_REPORT_TO_CONGRESS),
    REPORTED("Reported", "#dcedc8", "#2e4d0f", 10, USER_TASK_CLOSE_TRACK),
    CLOSED("Closed", "#a5d6a7", "#1b5e20", 10),
    WITHDRAWN("Withdrawn", "#616161", "#ffffff", 0);

    /** {@link #progress()} of a track that has gone the whole way. */
    public static final int FINAL_PROGRESS = 10;

    private final String label;
    private final String background;
    private final String foreground;
    private final int progress;
    private final List<String> taskKeys;

    TrackStage(String label, String background, String foreground, int progress, String... taskKeys) {
        this.label = label;
        this.background = background;
        this.foreground = foreground;
        this.progress = progress;
        this.taskKeys = List.of(taskKeys);
    }

    @Override
    public String label() {
        return label;
    }

    /** Background colour of the stage's cells and badges (CSS hex). */
    public String background() {
        return background;
    }

    /** Text colour on {@link #background()}; the pair keeps WCAG AA contrast. */
    public String foreground() {
        return foreground;
    }

    /** How far along the way a track in this stage is, 0 to {@link #FINAL_PROGRESS}; withdrawn counts 0. */
    public int progress() {
        return progress;
    }

    /** The user tasks a track waits at in this stage. */
    public List<String> taskKeys() {
        return taskKeys;
    }

    /** Stages a track spends time in at a task, whose length the dashboard measures. */
    public boolean timed() {
        return !taskKeys.isEmpty();
    }

    public static Optional<TrackStage> ofTask(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(stage -> stage.taskKeys.contains(taskDefinitionKey)).findFirst();
    }

    /** The stage of a running track from the keys of its open user tasks. */
    public static TrackStage ofOpenTasks(Collection<String> taskDefinitionKeys) {
        return taskDefinitionKeys.stream()
                .flatMap(key -> ofTask(key).stream())
                .min(Enum::compareTo)
                .orElse(OPENING);
    }

    /** The stage of a finished track from the end event it reached. */
    public static TrackStage ofEndEvent(String endActivityId) {
        return END_EVENT_WITHDRAWN.equals(endActivityId) || END_EVENT_WITHDRAWN_BY_ORDER.equals(endActivityId)
                || SUB_PROCESS_WITHDRAWAL.equals(endActivityId) ? WITHDRAWN : CLOSED;
    }

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
