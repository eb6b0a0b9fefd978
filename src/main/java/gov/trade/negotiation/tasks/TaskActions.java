package gov.trade.negotiation.tasks;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackQueries;
import gov.trade.negotiation.track.TrackSummary;
import gov.trade.negotiation.track.TrackTimeline;

/**
 * Claim, unclaim and complete. Each runs in one transaction; when two people act on the same task at the
 * same moment, the engine's optimistic locking lets exactly one succeed and the other gets 409.
 */
@Service
public class TaskActions {

    private final TaskDirectory directory;
    private final TaskService taskService;
    private final TrackTimeline timeline;
    private final TrackQueries tracks;
    private final TransactionTemplate transaction;
    private final TaskFormValidator validator;

    TaskActions(TaskDirectory directory, TaskService taskService, TrackTimeline timeline, TrackQueries tracks,
            TransactionTemplate transaction, ObjectMapper json, NegotiationProperties properties) {
        this.directory = directory;
        this.taskService = taskService;
        this.timeline = timeline;
        this.tracks = tracks;
        this.transaction = transaction;
        this.validator = new TaskFormValidator(json, properties.kickoff().zone());
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

    /** Validates the form, takes the task if nobody holds it, records the decision and completes it. */
    public void complete(CurrentUser user, String taskId, TaskInput input) {
        TaskView task = directory.actionable(user, taskId);
        Map<String, Object> variables = validator.variables(task.form(), input, actionItemTracks(task));
        concurrently(() -> transaction.executeWithoutResult(status -> {
            if (task.assignee() == null) {
                taskService.claim(taskId, user.id());
            }
            timeline.recordDecision(user.id(), taskId, task.processInstanceId(), input.decision(), input.comment());
            taskService.complete(taskId, variables);
        }));
    }

    private Set<String> actionItemTracks(TaskView task) {
        if (task.form().kind() != TaskForm.Kind.MINUTES || task.nation() == null) {
            return Set.of();
        }
        return tracks.openTracksOf(task.nation()).stream().map(TrackSummary::id).collect(Collectors.toSet());
    }

    private static void concurrently(Runnable action) {
        try {
            action.run();
        } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
            throw new ConflictException("Someone else acted on this task at the same moment: " + e.getMessage());
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("The task was completed meanwhile.");
            }
            throw e;
        }
    }
}
