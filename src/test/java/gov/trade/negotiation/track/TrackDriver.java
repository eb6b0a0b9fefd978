package gov.trade.negotiation.track;

import static gov.trade.negotiation.track.TrackProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import gov.trade.negotiation.drafts.DraftTexts;

/**
 * Drives a running track through the engine's API the way the common path goes (reviews clear, sign-offs approve,
 * the final text conforms, signatures and reports recorded), adding a draft version when drafting needs one, until it
 * waits at a given task. For Spring Boot tests that need tracks in known stages.
 */
public final class TrackDriver {

    private final TaskService taskService;
    private final DraftTexts texts;

    public TrackDriver(TaskService taskService, DraftTexts texts) {
        this.taskService = taskService;
        this.texts = texts;
    }

    /** Completes open tasks, each party answering {@code answer}, until the track waits at {@code until}. */
    public void driveTo(String processInstanceId, String until, String answer) {
        for (int step = 0; step < 40; step++) {
            List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).list();
            if (open.stream().anyMatch(task -> task.getTaskDefinitionKey().equals(until))) {
                return;
            }
            if (open.isEmpty()) {
                break;
            }
            for (Task task : open) {
                complete(task, answer);
            }
        }
        throw new AssertionError("track did not reach " + until);
    }

    public void complete(Task task, String answer) {
        Map<String, Object> variables = new HashMap<>(Map.of(VAR_AUTHORITY_DECISION, "APPROVE", VAR_LEGAL_DECISION, "APPROVE", VAR_LEGAL_COMMENT, "",
                VAR_INTERAGENCY_DECISION, "APPROVE", VAR_INTERAGENCY_COMMENT, "", VAR_COUNTERPART_ANSWER, answer,
                VAR_CONFORMITY_DECISION, "CONFORMS"));
        variables.putAll(Map.of(VAR_SIGN_OFF_DECISION, "APPROVE", VAR_CONCLUDE_DECISION, "APPROVE",
                VAR_INITIALED_ON, "2026-03-02", VAR_SIGNED_ON, "2026-04-01", VAR_SIGNED_AT, "Washington",
                VAR_US_SIGNATORY, "Under Secretary", VAR_COUNTERPART_SIGNATORY, "Ambassador",
                VAR_COMPLETED_ON, "2026-05-01", VAR_TRANSMITTED_ON, "2026-04-10", VAR_REPORTED_ON, "2026-05-01"));
        if (task.getTaskDefinitionKey().equals(USER_TASK_REQUEST_AUTHORITY)) {
            variables.putAll(Map.of(VAR_INSTRUMENT, "BINDING", VAR_ENTRY_INTO_FORCE, "ON_SIGNATURE",
                    VAR_CONCLUDE_REQUESTED, true));
        }
        if (task.getTaskDefinitionKey().equals(USER_TASK_DRAFT_TEXT)) {
            String businessKey = (String) taskService.getVariable(task.getId(), VAR_NATION) + "-"
                    + taskService.getVariable(task.getId(), VAR_AREA);
            if (texts.latest(businessKey).isEmpty()) {
                texts.addVersion(businessKey, "driver", "Article 1. The parties secure the supply chain.", null);
            }
        }
        taskService.complete(task.getId(), variables);
    }
}
