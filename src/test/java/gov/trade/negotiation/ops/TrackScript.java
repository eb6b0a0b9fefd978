package gov.trade.negotiation.ops;

import static gov.trade.negotiation.track.TrackProcess.*;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import gov.trade.negotiation.track.TrackStage;

/**
 * What the cluster test's clients do on a track, in one place: which open task to complete, what to answer its form
 * (as {@code GET /api/tasks/{id}} describes it), and where the track should stand afterwards. A worked track goes
 * through {@link #MARKUP_ROUNDS} markup rounds with the counterpart and on to signature. When the track process
 * changes, this is what changes.
 */
final class TrackScript {

    static final int MARKUP_ROUNDS = 2;
    /** Where a worked track ends. */
    static final TrackStage WORKED_END = TrackStage.SIGNED;
    /** Where a track nobody works on stays (its timers fire: reminder, overdue notice, escalation). */
    static final TrackStage IDLE_END = TrackStage.DRAFTING;
    /** Decisions that move a track forward, in order of preference. */
    private static final List<String> FORWARD = List.of("APPROVE", "AGREED", "CONTINUE", "RESUME");

    /** One completion: the task, the form's input, and the track's stage afterwards (empty: not known here). */
    record Move(String taskId, String taskKey, Map<String, Object> input, Optional<TrackStage> expectedStage) {
    }

    private TrackScript() {
    }

    static boolean finished(JsonNode track) {
        return WORKED_END.name().equals(track.path("stage").asText());
    }

    /** The open task to complete next (in key order, so parallel reviews go one after the other). */
    static Optional<JsonNode> nextTask(JsonNode track) {
        return StreamSupport.stream(track.path("tasks").spliterator(), false)
                .min(Comparator.comparing(task -> task.path("key").asText()));
    }

    /** The move for {@code task} (as GET /api/tasks/{id} returns it) on a track with {@code open} task keys. */
    static Move move(JsonNode task, List<String> open, int markupsSoFar) {
        String key = task.path("key").asText();
        JsonNode form = task.path("form");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("comment", "cluster test");
        String decision = null;
        switch (form.path("kind").asText()) {
            case "NOTE" -> { }
            case "DECISION" -> {
                List<String> decisions = StreamSupport.stream(form.path("decisions").spliterator(), false)
                        .map(JsonNode::asText).toList();
                decision = decisions.contains("MARKUP") && markupsSoFar < MARKUP_ROUNDS ? "MARKUP"
                        : FORWARD.stream().filter(decisions::contains).findFirst().orElse(decisions.get(0));
                input.put("decision", decision);
            }
            default -> throw new IllegalStateException("no move for a " + form.path("kind").asText() + " form: " + key);
        }
        List<String> others = open.stream().filter(other -> !other.equals(key)).toList();
        return new Move(task.path("id").asText(), key, input, expectedStage(key, decision, others));
    }

    private static Optional<TrackStage> expectedStage(String key, String decision, List<String> otherOpenTasks) {
        TrackStage stage = switch (key) {
            case USER_TASK_DRAFT_TEXT -> TrackStage.INTERNAL_REVIEW;
            case USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW ->
                    otherOpenTasks.isEmpty() ? TrackStage.NEGOTIATION : TrackStage.INTERNAL_REVIEW;
            case USER_TASK_SEND_TEXT, USER_TASK_REVISE_TEXT -> TrackStage.NEGOTIATION;
            case USER_TASK_RECORD_ANSWER -> "MARKUP".equals(decision) ? TrackStage.NEGOTIATION : TrackStage.SIGN_OFF;
            case USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF -> TrackStage.SIGN_OFF;
            case USER_TASK_UNDER_SECRETARY_SIGN_OFF -> TrackStage.SIGNED;
            default -> null;
        };
        return Optional.ofNullable(stage);
    }

    static boolean isMarkup(Move move) {
        return "MARKUP".equals(move.input().get("decision"));
    }
}
