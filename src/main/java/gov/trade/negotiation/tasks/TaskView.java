package gov.trade.negotiation.tasks;

import java.time.Instant;
import java.util.List;

/**
 * A task as staff see it in their inbox and on its page. {@code stage} is the track's stage for track tasks,
 * {@code MEETING} for follow-up meeting tasks.
 */
public record TaskView(String id, String key, String name, String description, String processInstanceId,
        String businessKey, String nation, String area, String stage, List<String> candidateGroups, String assignee,
        Instant created, Instant due, boolean overdue, TaskForm form) {
}
