package gov.trade.negotiation.tasks;

import java.time.Instant;
import java.util.List;

import gov.trade.negotiation.workflow.TaskForm;

/**
 * A task as staff see it in their inbox and on its page. {@code stage} is the stage its process names (a track's
 * stage, {@code MEETING} for follow-up meeting tasks). {@code context} is the task's situation in words, given for a
 * single task (empty in inbox lists).
 */
public record TaskView(String id, String key, String name, String description, String processKey,
        String processInstanceId, String businessKey, String nation, String area, String stage, String stageLabel,
        List<String> candidateGroups, String assignee, Instant created, Instant due, boolean overdue, TaskForm form,
        List<String> context) {

    TaskView withContext(List<String> lines) {
        return new TaskView(id, key, name, description, processKey, processInstanceId, businessKey, nation, area, stage,
                stageLabel, candidateGroups, assignee, created, due, overdue, form, List.copyOf(lines));
    }
}
