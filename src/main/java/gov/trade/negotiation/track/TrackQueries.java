package gov.trade.negotiation.track;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import gov.trade.negotiation.engine.CandidateGroups;
import gov.trade.negotiation.problem.NotFoundException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackSummary.OpenTask;

/** Reads tracks and their open tasks from the engine: state lives there, never in this node's memory. */
@Service
public class TrackQueries {

    private final HistoryService historyService;
    private final TaskService taskService;
    private final TrackAccess access;
    private final CandidateGroups candidateGroups;

    public TrackQueries(HistoryService historyService, TaskService taskService, TrackAccess access,
            CandidateGroups candidateGroups) {
        this.historyService = historyService;
        this.taskService = taskService;
        this.access = access;
        this.candidateGroups = candidateGroups;
    }

    /** Every track ever started, sorted by id. */
    public List<TrackSummary> all() {
        return summaries(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY),
                taskService.createTaskQuery().processDefinitionKey(TrackProcess.KEY));
    }

    /** The tracks the user may read (see {@link TrackAccess}), sorted by id. */
    public List<TrackSummary> readableBy(CurrentUser user) {
        return all().stream()
                .filter(track -> access.canRead(user, new TrackId(track.nation(), track.area())))
                .toList();
    }

    /** One track with the engine ids behind it, if it was ever started. */
    public Optional<Track> find(TrackId id) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(TrackProcess.KEY)
                .processInstanceBusinessKey(id.toString())
                .list().stream().findFirst()
                .map(instance -> {
                    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
                    return new Track(summary(instance, tasks, groupsOf(tasks)), instance.getId(),
                            instance.getProcessDefinitionId(), instance.getEndTime() == null);
                });
    }

    /**
     * A track the user may read: 404 for an id that is no track, 403 for a track outside the user's groups.
     */
    public Track readable(String trackId, CurrentUser user) {
        TrackId id;
        try {
            id = TrackId.parse(trackId);
        } catch (IllegalArgumentException notATrackId) {
            throw new NotFoundException("No track " + trackId);
        }
        Track track = find(id).orElseThrow(() -> new NotFoundException("No track " + trackId));
        access.checkRead(user, id);
        return track;
    }

    /** A track and the process instance that carries it. */
    public record Track(TrackSummary summary, String processInstanceId, String processDefinitionId, boolean running) {
    }

    /** The tracks with one nation that are still open (including signed ones under implementation review). */
    public List<TrackSummary> openTracksOf(String nation) {
        return summaries(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(TrackProcess.KEY)
                .processInstanceBusinessKeyLike(nation + "-%")
                .unfinished(),
                taskService.createTaskQuery()
                        .processDefinitionKey(TrackProcess.KEY)
                        .processInstanceBusinessKeyLike(nation + "-%"));
    }

    private List<TrackSummary> summaries(HistoricProcessInstanceQuery instances, TaskQuery openTasks) {
        List<Task> tasks = openTasks.list();
        Map<String, List<String>> groups = groupsOf(tasks);
        Map<String, List<Task>> tasksByInstance = tasks.stream().collect(Collectors.groupingBy(Task::getProcessInstanceId));
        return instances.list().stream()
                .map(instance -> summary(instance, tasksByInstance.getOrDefault(instance.getId(), List.of()), groups))
                .sorted(Comparator.comparing(TrackSummary::id))
                .toList();
    }

    private TrackSummary summary(HistoricProcessInstance instance, List<Task> tasks, Map<String, List<String>> groups) {
        TrackId id = TrackId.parse(instance.getBusinessKey());
        TrackStage stage = instance.getEndTime() != null
                ? TrackStage.ofEndEvent(instance.getEndActivityId())
                : TrackStage.ofOpenTasks(tasks.stream().map(Task::getTaskDefinitionKey).toList());
        List<OpenTask> openTasks = tasks.stream()
                .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId))
                .map(task -> openTask(task, groups.getOrDefault(task.getId(), List.of())))
                .toList();
        return new TrackSummary(id.toString(), id.nation(), id.area(), stage, openTasks);
    }

    private Map<String, List<String>> groupsOf(List<Task> tasks) {
        return candidateGroups.of(tasks.stream().map(Task::getId).toList());
    }

    private static OpenTask openTask(Task task, List<String> groups) {
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups, task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
