package gov.trade.negotiation.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
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
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.problem.NotFoundException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.workflow.ProcessVocabulary;
import gov.trade.negotiation.workflow.Stage;
import gov.trade.negotiation.workflow.Subject;
import gov.trade.negotiation.workflow.TaskRef;
import gov.trade.negotiation.workflow.Vocabularies;

/**
 * Finds tasks and decides who may see and act on them: the same rule for the inbox, the task page and the API.
 * A task is visible to its assignee, its candidate groups and whoever may read what its process instance is about
 * (asked of the process's vocabulary); it can be acted on by its assignee, or by a candidate while nobody holds it.
 */
@Component
public class TaskDirectory {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final Vocabularies vocabularies;
    private final CandidateGroups candidateGroups;
    private final EngineClock clock;
    /** Process definition id to its key: a deployed definition never changes, so every node may remember it. */
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    TaskDirectory(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
            RepositoryService repositoryService, Vocabularies vocabularies, CandidateGroups candidateGroups,
            EngineClock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.vocabularies = vocabularies;
        this.candidateGroups = candidateGroups;
        this.clock = clock;
    }

    /** The user's own tasks and the unclaimed tasks of their groups, soonest due first. */
    public List<TaskView> inbox(CurrentUser user, InboxFilter filter) {
        return views(sorted(inboxQuery(user, filter)).list());
    }

    /**
     * One page of the inbox ({@code max} tasks from {@code first}) and the number on all pages: only the page's
     * tasks are read and turned into views, so a request costs the same statements whatever the inbox holds.
     */
    public InboxPage inbox(CurrentUser user, InboxFilter filter, int first, int max) {
        TaskQuery query = inboxQuery(user, filter);
        long total = query.count();
        return new InboxPage(views(sorted(query).listPage(first, max)), total);
    }

    /** A page of tasks and the number of tasks on all pages. */
    public record InboxPage(List<TaskView> tasks, long total) {
    }

    private TaskQuery inboxQuery(CurrentUser user, InboxFilter filter) {
        TaskQuery query = taskService.createTaskQuery();
        if (user.groups().isEmpty()) {
            query.taskAssignee(user.id());
        } else {
            query.or().taskAssignee(user.id()).taskCandidateGroupIn(List.copyOf(user.groups())).endOr();
        }
        if (notBlank(filter.nation())) {
            query.processVariableValueEquals(Subject.NATION_VARIABLE, filter.nation());
        }
        if (notBlank(filter.area())) {
            query.processVariableValueEquals(Subject.AREA_VARIABLE, filter.area());
        }
        if (notBlank(filter.stage())) {
            List<String> keys = vocabularies.taskKeysOf(filter.stage())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown stage '" + filter.stage() + "'"));
            query.taskDefinitionKeyIn((keys.isEmpty() ? List.of("none") : keys).toArray(String[]::new));
        }
        if (filter.overdue()) {
            query.dueBefore(Date.from(clock.now()));
        }
        return query;
    }

    private static TaskQuery sorted(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    /** Every stage of every process, for the inbox's filter. */
    public List<Stage> stages() {
        return vocabularies.stages();
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

    /** A task the user may see, with its situation in words. */
    public TaskView withContext(CurrentUser user, String taskId) {
        TaskView view = visible(user, taskId);
        ProcessVocabulary vocabulary = vocabularies.of(view.processKey());
        return view.withContext(vocabulary.context(ref(view)), vocabulary.currentValues(ref(view)));
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

    public boolean canSee(CurrentUser user, TaskView task) {
        return user.id().equals(task.assignee()) || isCandidate(user, task) || user.readsEverything()
                || readable(user, task.processKey(), task.businessKey());
    }

    public boolean canAct(CurrentUser user, TaskView task) {
        return user.id().equals(task.assignee()) || (task.assignee() == null && isCandidate(user, task));
    }

    static TaskRef ref(TaskView task) {
        return new TaskRef(task.id(), task.key(), task.processInstanceId(), task.businessKey());
    }

    private boolean readable(CurrentUser user, String processKey, String businessKey) {
        ProcessVocabulary vocabulary = vocabularies.of(processKey);
        return vocabulary.subject(businessKey).map(subject -> vocabulary.canRead(user, subject)).orElse(false);
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
                || readable(user, done.getProcessDefinitionKey(), businessKey);
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
            String processKey = processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> repositoryService.getProcessDefinition(id).getKey());
            views.add(view(task, processKey, businessKeys.get(task.getProcessInstanceId()), taskGroups, now));
        }
        return views;
    }

    private TaskView view(Task task, String processKey, String businessKey, List<String> groups, Instant now) {
        ProcessVocabulary vocabulary = vocabularies.of(processKey);
        Optional<Subject> subject = vocabulary.subject(businessKey);
        Optional<? extends Stage> stage = vocabulary.stageOf(task.getTaskDefinitionKey());
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDescription(), processKey,
                task.getProcessInstanceId(), businessKey, subject.map(Subject::nation).orElse(null),
                subject.map(Subject::area).orElse(null), stage.map(Stage::name).orElse(null),
                stage.map(Stage::label).orElse(null), groups, task.getAssignee(), task.getCreateTime().toInstant(), due,
                due != null && due.isBefore(now), vocabulary.formOf(task.getTaskDefinitionKey()), List.of(), Map.of());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
