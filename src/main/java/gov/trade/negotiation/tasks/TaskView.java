package gov.trade.negotiation.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import gov.trade.negotiation.workflow.TaskForm;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A task as staff see it in their inbox and on its page. {@code stage} is the stage its process names (a track's
 * stage, {@code MEETING} for follow-up meeting tasks). {@code context} is the task's situation in words and
 * {@code values} what its form starts with (the latest agreement text on a drafting task), both given for a single
 * task (empty in inbox lists).
 */
public record TaskView(String id, String key, String name, String description, String processKey,
        String processInstanceId, String businessKey, String nation, String area, String stage, String stageLabel,
        List<String> candidateGroups, String assignee, Instant created, Instant due, boolean overdue, TaskForm form,
        @Schema(description = "The task's situation in words, e.g. \"Round 2 of 5\", \"Legal cleared version 3 on "
                + "2 Mar 2026\" (a single task only; empty in lists)")
        List<String> context,
        @Schema(description = "What the form's fields start with, by field name: on \"Draft agreement text\" and "
                + "\"Revise text\" `text` is the latest version's text, on \"Record counterpart answer\" the text "
                + "sent (a single task only; empty in lists)")
        Map<String, String> values) {

    TaskView withContext(List<String> lines, Map<String, String> current) {
        return new TaskView(id, key, name, description, processKey, processInstanceId, businessKey, nation, area, stage,
                stageLabel, candidateGroups, assignee, created, due, overdue, form, List.copyOf(lines),
                Map.copyOf(current));
    }
}
