package gov.trade.negotiation.track;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static gov.trade.negotiation.track.TrackProcess.*;

/** Where a track stands, as managers and staff speak of it. */
public enum TrackStage {
    DRAFTING, INTERNAL_REVIEW, NEGOTIATION, STALLED, SUSPENDED, SIGN_OFF, SIGNED, CLOSED, WITHDRAWN, OPENING;

    private static final Map<String, TrackStage> BY_TASK = Map.ofEntries(
            Map.entry(USER_TASK_DRAFT_TEXT, DRAFTING),
            Map.entry(USER_TASK_LEGAL_REVIEW, INTERNAL_REVIEW),
            Map.entry(USER_TASK_INTERAGENCY_REVIEW, INTERNAL_REVIEW),
            Map.entry(USER_TASK_SEND_TEXT, NEGOTIATION),
            Map.entry(USER_TASK_RECORD_ANSWER, NEGOTIATION),
            Map.entry(USER_TASK_REVISE_TEXT, NEGOTIATION),
            Map.entry(USER_TASK_DECIDE_STALLED, STALLED),
            Map.entry(USER_TASK_RESUME_TRACK, SUSPENDED),
            Map.entry(USER_TASK_AREA_LEAD_SIGN_OFF, SIGN_OFF),
            Map.entry(USER_TASK_PROGRAM_MANAGER_SIGN_OFF, SIGN_OFF),
            Map.entry(USER_TASK_UNDER_SECRETARY_SIGN_OFF, SIGN_OFF),
            Map.entry(USER_TASK_CLOSE_TRACK, SIGNED));

    /** The user tasks a track waits at in this stage. */
    public List<String> taskKeys() {
        return BY_TASK.entrySet().stream().filter(entry -> entry.getValue() == this).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** The stage of a running track from the keys of its open user tasks. */
    public static TrackStage ofOpenTasks(Collection<String> taskDefinitionKeys) {
        return taskDefinitionKeys.stream()
                .map(key -> BY_TASK.getOrDefault(key, OPENING))
                .min(Comparator.naturalOrder())
                .orElse(OPENING);
    }

    /** The stage of a finished track from the end event it reached. */
    public static TrackStage ofEndEvent(String endActivityId) {
        return END_EVENT_WITHDRAWN.equals(endActivityId) ? WITHDRAWN : CLOSED;
    }

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
