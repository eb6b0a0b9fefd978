package gov.trade.negotiation.ops;

import static gov.trade.negotiation.track.TrackProcess.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import gov.trade.negotiation.track.TrackStage;
import gov.trade.negotiation.workflow.FormField;

/**
 * What the cluster test's clients do on a track, in one place: which open task to complete, what to answer its form
 * (as {@code GET /api/tasks/{id}} describes it: every required field filled by its type), and where the track should
 * stand afterwards. A worked track goes through {@link #MARKUP_ROUNDS} markup rounds with the counterpart and on the
 * whole way to closed, under the shipped blanket authority (binding, in force on signature, authority to conclude
 * included). When the track process changes, this is what changes.
 */
final class TrackScript {

    static final int MARKUP_ROUNDS = 2;
    /** Where a worked track ends. */
    static final TrackStage WORKED_END = TrackStage.CLOSED;
    /** Where a track nobody works on stays (its timers fire: reminder, overdue notice, escalation). */
    static final TrackStage IDLE_END = TrackStage.DRAFTING;
    /** Decisions that move a track forward, in order of preference. */
    private static final List<String> FORWARD = List.of("APPROVE", "AGREED", "CONFORMS", "CONTINUE", "RESUME");

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
        JsonNode fields = task.path("form").path("fields");
        Map<String, Object> input = new LinkedHashMap<>();
        String decision = null;
        for (JsonNode field : fields) {
            if (FormField.DECISION.equals(field.path("name").asText())) {
                List<String> decisions = StreamSupport.stream(field.path("options").spliterator(), false)
                        .map(JsonNode::asText).toList();
                decision = decisions.contains("MARKUP") && markupsSoFar < MARKUP_ROUNDS ? "MARKUP"
                        : FORWARD.stream().filter(decisions::contains).findFirst().orElse(decisions.get(0));
                input.put(FormField.DECISION, decision);
            }
        }
        for (JsonNode field : fields) {
            String name = field.path("name").asText();
            if (!input.containsKey(name) && needed(field, decision, key)) {
                input.put(name, value(field, task.path("businessKey").asText() + ", " + key, markupsSoFar));
            }
        }
        input.putIfAbsent(FormField.COMMENT, "cluster test");
        List<String> others = open.stream().filter(other -> !other.equals(key)).toList();
        return new Move(task.path("id").asText(), key, input, expectedStage(key, decision, others));
    }

    /** Required, required with the chosen decision, or the text of a drafting task (a new version each time). */
    private static boolean needed(JsonNode field, String decision, String taskKey) {
        JsonNode requiredIf = field.path("requiredIf");
        boolean requiredNow = StreamSupport.stream(requiredIf.path("values").spliterator(), false)
                .anyMatch(value -> value.asText().equals(decision));
        return field.path("required").asBoolean() || requiredNow
                || FormField.Type.AGREEMENT_TEXT.name().equals(field.path("type").asText())
                        && (USER_TASK_DRAFT_TEXT.equals(taskKey) || USER_TASK_REVISE_TEXT.equals(taskKey));
    }

    private static Object value(JsonNode field, String trackAndTask, int markupsSoFar) {
        return switch (FormField.Type.valueOf(field.path("type").asText())) {
            case CHOICE -> field.path("options").get(0).asText();
            case TEXT, LONG_TEXT -> "cluster test";
            case AGREEMENT_TEXT -> "Article 1. " + trackAndTask + ", text after " + markupsSoFar + " markup round(s).";
            case DATE -> LocalDate.now().toString();
            case DATE_TIME -> LocalDate.now().plusDays(1).atTime(10, 0).toString();
            case YES_NO -> false;
            case VERSION, ACTION_ITEMS -> throw new IllegalStateException("no value for a required " + field);
        };
    }

    private static Optional<TrackStage> expectedStage(String key, String decision, List<String> otherOpenTasks) {
        TrackStage stage = switch (key) {
            case USER_TASK_DRAFT_TEXT, USER_TASK_REVISE_TEXT -> TrackStage.INTERNAL_REVIEW;
            case USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW ->
                    otherOpenTasks.isEmpty() ? TrackStage.NEGOTIATION : TrackStage.INTERNAL_REVIEW;
            case USER_TASK_SEND_TEXT -> TrackStage.NEGOTIATION;
            case USER_TASK_RECORD_ANSWER -> "MARKUP".equals(decision) ? TrackStage.DRAFTING : TrackStage.AGREED;
            case USER_TASK_INITIAL_TEXT -> TrackStage.AGREED;
            case USER_TASK_CHECK_CONFORMITY, USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF ->
                    TrackStage.SIGN_OFF;
            case USER_TASK_UNDER_SECRETARY_SIGN_OFF -> TrackStage.CLEARED_FOR_SIGNATURE;
            case USER_TASK_SIGN -> TrackStage.IN_FORCE;
            case USER_TASK_TRANSMIT_TEXT, USER_TASK_REPORT_TO_CONGRESS ->
                    otherOpenTasks.isEmpty() ? TrackStage.REPORTED : TrackStage.IN_FORCE;
            case USER_TASK_CLOSE_TRACK -> TrackStage.CLOSED;
            default -> null;
        };
        return Optional.ofNullable(stage);
    }

    static boolean isMarkup(Move move) {
        return "MARKUP".equals(move.input().get(FormField.DECISION));
    }
}
