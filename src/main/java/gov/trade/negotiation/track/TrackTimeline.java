package gov.trade.negotiation.track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * A track's timeline from the engine's history: every task opened and completed, by whom, with the decision
 * and comment recorded at completion (stored as a task comment {@code [DECISION] text}, see {@link #recordDecision}).
 */
@Component
public class TrackTimeline {

    private static final Pattern DECISION = Pattern.compile("^\\[([A-Z_]+)]\\s?(.*)$", Pattern.DOTALL);
    private static final String WITHDRAWN = "WITHDRAWN";

    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;

    public TrackTimeline(HistoryService historyService, TaskService taskService, IdentityService identityService) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    public List<TimelineEntry> of(String processInstanceId) {
        Map<String, List<Comment>> comments = taskService.getProcessInstanceComments(processInstanceId).stream()
                .filter(comment -> comment.getTaskId() != null)
                .collect(Collectors.groupingBy(Comment::getTaskId));
        List<TimelineEntry> entries = new ArrayList<>();
        for (Comment note : taskService.getProcessInstanceComments(processInstanceId)) {
            Matcher matcher = DECISION.matcher(note.getFullMessage());
            if (note.getTaskId() == null && matcher.matches() && WITHDRAWN.equals(matcher.group(1))) {
                entries.add(new TimelineEntry(note.getTime().toInstant(), note.getUserId(), "Track withdrawn", WITHDRAWN,
                        matcher.group(2)));
            }
        }
        for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            entries.add(new TimelineEntry(task.getStartTime().toInstant(), null, "Opened: " + task.getName(), null, null));
            if (task.getEndTime() != null) {
                Comment note = comments.getOrDefault(task.getId(), List.of()).stream().findFirst().orElse(null);
                String decision = null;
                String text = null;
                if (note != null) {
                    Matcher matcher = DECISION.matcher(note.getFullMessage());
                    decision = matcher.matches() ? matcher.group(1) : null;
                    text = matcher.matches() ? matcher.group(2) : note.getFullMessage();
                }
                entries.add(new TimelineEntry(task.getEndTime().toInstant(), task.getAssignee(),
                        (task.getDeleteReason() == null || "completed".equals(task.getDeleteReason())
                                ? "Completed: " : "Closed: ") + task.getName(),
                        decision, text == null || text.isBlank() ? null : text));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** Records the reason a track was withdrawn on its timeline, as the user who ordered it (if any). */
    public static void recordWithdrawal(TaskService taskService, String processInstanceId, String reason) {
        taskService.createComment(null, processInstanceId, "[" + WITHDRAWN + "] " + reason);
    }

    /** Records who decided what on a task, as the signed-in user, so the timeline can show it. */
    public void recordDecision(String userId, String taskId, String processInstanceId, String decision, String comment) {
        String message = (decision == null ? "" : "[" + decision + "] ") + (comment == null ? "" : comment);
        if (message.isBlank()) {
            return;
        }
        try {
            identityService.setAuthenticatedUserId(userId);
            taskService.createComment(taskId, processInstanceId, message.strip());
        } finally {
            identityService.clearAuthentication();
        }
    }
}
