package gov.trade.negotiation.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.CandidateGroups;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.problem.NotFoundException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackAccess;
import gov.trade.negotiation.track.TrackId;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.track.TrackStage;

/**
 * Finds tasks and decides who may see and act on them: the same rule for the inbox, the task page and the API.
 * A task is visible to its assignee, its candidate groups and whoever may read its track; it can be acted on
 * by its assignee, or by a candidate while nobody holds it.
 */
@Component
public class TaskDirectory {

    static final String MEETING_STAGE = "MEETING";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TrackAccess trackAccess;
    private final CandidateGroups candidateGroups;
    private final EngineClock clock;

    TaskDirectory(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
            TrackAccess trackAccess, CandidateGroups candidateGroups, EngineClock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.trackAccess = trackAccess;
        this.candidateGroups = candidateGroups;
        this.clock = clock;
    }

    /** The user's own tasks and the unclaimed tasks of their groups, soonest due first. */
    public List<TaskView> inbox(CurrentUser user, InboxFilter filter) {
        TaskQuery query = taskService.createTaskQuery();
        if (user.groups().isEmpty()) {
            query.taskAssignee(user.id());
        } else {
            query.or().taskAssignee(user.id()).taskCandidateGroupIn(List.copyOf(user.groups())).endOr();
        }
        if (notBlank(filter.nation())) {
            query.processVariableValueEquals(TrackProcess.VAR_NATION, filter.nation());
        }
        if (notBlank(filter.area())) {
            query.processVariableValueEquals(TrackProcess.VAR_AREA, filter.area());
        }
        if (notBlank(filter.stage())) {
            query.taskDefinitionKeyIn(stageTaskKeys(filter.stage()).toArray(String[]::new));
        }
        if (filter.overdue()) {
            query.dueBefore(Date.from(clock.now()));
        }
        return views(query.orderByDueDate().asc().orderByTaskCreateTime().asc().list());
    }

    /** A task the user may see: 404 if there is no such task, 409 if it is already done, 403 if it is not theirs to see. */
    public TaskView visible(CurrentUser user, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        List<TaskView> found = task == null ? List.of() : views(List.of(task));
        if (found.isEmpty()) {
            throw gone(user, taskId);
        }
        TaskView view = found.get(0);
        if (!canSee(user, view)) {
            throw new AccessDeniedException("Task " + taskId + " belongs to other groups.");
        }
        return view;
    }

    /** A task the user may act on (claim or complete). */
    public TaskView actionable(CurrentUser user, String taskId) {
        TaskView view = visible(user, taskId);
        if (!canAct(user, view)) {
            throw view.assignee() != null && !view.assignee().equals(user.id()) && isCandidate(user, view)
                    ? new ConflictException("Task " + taskId + " is held by " + view.assignee() + ".")
                    : new AccessDeniedException("Task " + taskId + " is not yours to act on.");
        }
        return view;
    }

    /** The process variables a person needs beside the form: earlier reasons, the round, the agenda. */
    public Map<String, Object> context(TaskView task) {
        Map<String, Object> context = new TreeMap<>(taskService.getVariables(task.id(), CONTEXT_VARIABLES));
        context.values().removeIf(value -> value == null || "".equals(value));
        return context;
    }

    private static final List<String> CONTEXT_VARIABLES = List.of(TrackProcess.VAR_LEGAL_COMMENT,
            TrackProcess.VAR_INTERAGENCY_COMMENT, TrackProcess.VAR_SIGN_OFF_REASON, TrackProcess.VAR_NEGOTIATION_ROUND,
            TrackProcess.VAR_COUNTERPART_ANSWER, MeetingProcess.VAR_MEETING_NUMBER, MeetingProcess.VAR_MEETING_START,
            MeetingProcess.VAR_AGENDA, "place", MeetingProcess.VAR_ACTION_ITEM_TRACK, MeetingProcess.VAR_ACTION_ITEM_TEXT);

    public boolean canSee(CurrentUser user, TaskView task) {
        return user.id().equals(task.assignee()) || isCandidate(user, task) || user.readsEverything()
                || trackOf(task.businessKey()).map(track -> trackAccess.canRead(user, track)).orElse(false)
                || (task.nation() != null && user.isIn(Groups.desk(task.nation())));
    }

    public boolean canAct(CurrentUser user, TaskView task) {
        return user.id().equals(task.assignee()) || (task.assignee() == null && isCandidate(user, task));
    }

    private static boolean isCandidate(CurrentUser user, TaskView task) {
        return task.candidateGroups().stream().anyMatch(user::isIn);
    }

    private RuntimeException gone(CurrentUser user, String taskId) {
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null) {
            return new NotFoundException("No task " + taskId);
        }
        String businessKey = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(done.getProcessInstanceId()).singleResult().getBusinessKey();
        boolean readable = user.readsEverything() || user.id().equals(done.getAssignee())
                || trackOf(businessKey).map(track -> trackAccess.canRead(user, track)).orElse(false);
        return readable ? new ConflictException("Task " + taskId + " is already completed.")
                : new NotFoundException("No task " + taskId);
    }

    List<TaskView> views(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId,
                        instance -> Objects.requireNonNullElse(instance.getBusinessKey(), "")));
        Map<String, List<String>> groups = candidateGroups.of(tasks.stream().map(Task::getId).toList());
        Instant now = clock.now();
        List<TaskView> views = new ArrayList<>();
        for (Task task : tasks) {
            List<String> taskGroups = groups.getOrDefault(task.getId(), List.of());
            if (taskGroups.isEmpty() && task.getAssignee() == null
                    && taskService.createTaskQuery().taskId(task.getId()).count() == 0) {
                continue; // completed by someone else between the two queries: no longer listed
            }
            views.add(view(task, businessKeys.get(task.getProcessInstanceId()), taskGroups, now));
        }
        return views;
    }

    private TaskView view(Task task, String businessKey, List<String> groups, Instant now) {
        Optional<TrackId> track = trackOf(businessKey);
        String nation = track.map(TrackId::nation).orElseGet(() -> meetingNation(businessKey));
        String stage = track.isPresent()
                ? TrackStage.ofOpenTasks(List.of(task.getTaskDefinitionKey())).name()
                : MEETING_STAGE;
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDescription(),
                task.getProcessInstanceId(), businessKey, nation, track.map(TrackId::area).orElse(null), stage, groups,
                task.getAssignee(), task.getCreateTime().toInstant(), due, due != null && due.isBefore(now),
                TaskForm.of(task.getTaskDefinitionKey()));
    }

    private static List<String> stageTaskKeys(String stage) {
        if (MEETING_STAGE.equals(stage)) {
            return List.of(MeetingProcess.USER_TASK_SCHEDULE_MEETING, MeetingProcess.USER_TASK_RECORD_MINUTES,
                    MeetingProcess.USER_TASK_ACTION_ITEM);
        }
        try {
            List<String> keys = TrackStage.valueOf(stage).taskKeys();
            return keys.isEmpty() ? List.of("none") : keys;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown stage '" + stage + "'");
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** The track of a track task; meeting series and anything else have none. */
    static Optional<TrackId> trackOf(String businessKey) {
        if (businessKey == null || meetingNation(businessKey) != null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TrackId.parse(businessKey));
        } catch (IllegalArgumentException notATrack) {
            return Optional.empty();
        }
    }

    /** The nation of a meeting series business key such as {@code MEETINGS-JP}. */
    private static String meetingNation(String businessKey) {
        String prefix = MeetingProcess.seriesKey("");
        return businessKey != null && businessKey.startsWith(prefix) ? businessKey.substring(prefix.length()) : null;
    }
}
