package gov.trade.negotiation.tasks;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineCommands;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.problem.NotFoundException;
import gov.trade.negotiation.problem.TooLargeException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackTimeline;
import gov.trade.negotiation.workflow.FormValues;
import gov.trade.negotiation.workflow.Vocabularies;

/**
 * Claim, unclaim and complete. Each runs in one transaction; when two people act on the same task at the
 * same moment, the engine's optimistic locking lets exactly one succeed and the other gets 409. A process step
 * that refuses the completion (a version not cleared, a signature on another text) answers with its problem.
 */
@Service
public class TaskActions {

    private final TaskDirectory directory;
    private final TaskService taskService;
    private final TrackTimeline timeline;
    private final Vocabularies vocabularies;
    private final TransactionTemplate transaction;
    private final TaskFormValidator validator;
    private final EngineCommands commands;

    TaskActions(TaskDirectory directory, TaskService taskService, TrackTimeline timeline, Vocabularies vocabularies,
            TransactionTemplate transaction, NegotiationProperties properties, EngineCommands commands) {
        this.directory = directory;
        this.taskService = taskService;
        this.timeline = timeline;
        this.vocabularies = vocabularies;
        this.transaction = transaction;
        this.validator = new TaskFormValidator(properties.kickoff().zone());
        this.commands = commands;
    }

    public TaskView claim(CurrentUser user, String taskId) {
        TaskView task = directory.actionable(user, taskId);
        if (task.assignee() == null) {
            concurrently(() -> taskService.claim(taskId, user.id()));
        }
        return directory.visible(user, taskId);
    }

    public TaskView unclaim(CurrentUser user, String taskId) {
        TaskView task = directory.visible(user, taskId);
        if (!user.id().equals(task.assignee())) {
            throw new AccessDeniedException("Only its holder can return task " + taskId);
        }
        concurrently(() -> taskService.setAssignee(taskId, null));
        return directory.visible(user, taskId);
    }

    /**
     * Validates the form, takes the task if nobody holds it, records the decision and completes it: one engine
     * command in one transaction.
     */
    public void complete(CurrentUser user, String taskId, TaskInput input) {
        TaskView task = directory.actionable(user, taskId);
        FormValues values = validator.check(task.form(), input);
        Map<String, Object> variables = vocabularies.of(task.processKey()).variables(TaskDirectory.ref(task), values);
        if (!values.errors().isEmpty()) {
            throw new InvalidInputException(values.errors());
        }
        concurrently(() -> transaction.executeWithoutResult(status -> commands.inOneCommand(() -> {
            if (task.assignee() == null) {
                taskService.claim(taskId, user.id());
            }
            timeline.recordDecision(user.id(), taskId, task.processInstanceId(), values.text("decision"),
                    values.text("comment"));
            taskService.complete(taskId, variables);
        })));
    }

    private static void concurrently(Runnable action) {
        try {
            action.run();
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new ConflictException("Someone else acted on this task at the same moment: " + e.getMessage());
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ConflictException || cause instanceof InvalidInputException
                        || cause instanceof NotFoundException || cause instanceof TooLargeException) {
                    throw (RuntimeException) cause; // a process step refused the completion
                }
            }
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("The task was completed meanwhile.");
            }
            throw e;
        }
    }
}
