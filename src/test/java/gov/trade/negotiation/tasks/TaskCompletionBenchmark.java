package gov.trade.negotiation.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import gov.trade.negotiation.drafts.DraftTexts;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackProcess;

/**
 * The staff path against the raw engine doing the same work in the same run: track instances started with the
 * engine's API, then their drafting tasks completed through {@link TaskActions} (access check, form validation,
 * the decision recorded, completion) and, for a second batch, with {@code TaskService.complete} alone; the inbox
 * through {@link TaskDirectory} against a raw task query. Prints throughputs and ratios; asserts counts, never
 * time. Run with {@code -Pbenchmarks}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:taskCompletionBenchmark;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
class TaskCompletionBenchmark {

    private static final int TRACKS = 1_000;
    private static final int WARM_UP = 100;
    private static final CurrentUser DESK = new CurrentUser("bench", Set.of("desk-xa", "desk-xb"));

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TaskActions actions;
    @Autowired TaskDirectory directory;
    @Autowired DraftTexts texts;

    @Test
    void shouldCompleteTasksThroughTheAppAtAMeasuredCostOverTheRawEngine() {
        // every XA track shares its business key, so one draft version lets all their drafting tasks complete
        texts.addVersion("XA-ENERGY", "bench", "Article 1.", null);
        completeThroughApp(start("XA", WARM_UP));
        completeRaw(start("XB", WARM_UP));

        long startNanos = System.nanoTime();
        List<String> appTasks = start("XA", TRACKS);
        double startSeconds = seconds(startNanos);
        List<String> rawTasks = start("XB", TRACKS);

        long inboxNanos = System.nanoTime();
        int inboxSize = directory.inbox(DESK, new InboxFilter("XA", null, null, false)).size();
        double inboxSeconds = seconds(inboxNanos);
        long rawInboxNanos = System.nanoTime();
        int rawInboxSize = taskService.createTaskQuery().taskCandidateGroupIn(List.of("desk-xa", "desk-xb"))
                .processVariableValueEquals(TrackProcess.VAR_NATION, "XA").orderByDueDate().asc().list().size();
        double rawInboxSeconds = seconds(rawInboxNanos);

        long appNanos = System.nanoTime();
        completeThroughApp(appTasks);
        double appSeconds = seconds(appNanos);
        long rawNanos = System.nanoTime();
        completeRaw(rawTasks);
        double rawSeconds = seconds(rawNanos);

        System.out.printf("%nTASK COMPLETION BENCHMARK (%d tracks each, H2 in memory)%n", TRACKS);
        System.out.printf("  start tracks (engine API):      %7.0f tracks/s%n", TRACKS / startSeconds);
        System.out.printf("  complete via the app:           %7.0f tasks/s%n", TRACKS / appSeconds);
        System.out.printf("  complete via the raw engine:    %7.0f tasks/s%n", TRACKS / rawSeconds);
        System.out.printf("  app / raw completion time:      %7.2f%n", appSeconds / rawSeconds);
        System.out.printf("  inbox of %d tasks via the app:  %7.1f ms (raw query %.1f ms, ratio %.2f)%n", inboxSize,
                inboxSeconds * 1000, rawInboxSeconds * 1000, inboxSeconds / rawInboxSeconds);

        assertThat(inboxSize).isEqualTo(rawInboxSize).isEqualTo(TRACKS);
        assertThat(taskService.createTaskQuery().taskDefinitionKey(TrackProcess.USER_TASK_LEGAL_REVIEW).count())
                .isEqualTo(2L * (TRACKS + WARM_UP));
    }

    private List<String> start(String nation, int count) {
        List<String> instances = IntStream.range(0, count)
                .mapToObj(i -> runtimeService.startProcessInstanceByKey(TrackProcess.KEY, nation + "-ENERGY").getId())
                .toList();
        return instances.stream().map(id -> taskService.createTaskQuery().processInstanceId(id).singleResult())
                .map(Task::getId).toList();
    }

    private void completeThroughApp(List<String> tasks) {
        TaskInput note = TaskInput.of(java.util.Map.of("comment", "Ready"));
        tasks.forEach(task -> actions.complete(DESK, task, note));
    }

    private void completeRaw(List<String> tasks) {
        tasks.forEach(taskService::complete);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
