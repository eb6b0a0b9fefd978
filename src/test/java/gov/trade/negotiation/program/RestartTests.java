package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.NegotiationApplication;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.track.TrackStage;
import gov.trade.negotiation.track.TrackSummary;

/** Stop the app and start it again on the same database file: the program and every track's state are still there. */
class RestartTests {

    @TempDir
    Path data;

    @Test
    void shouldKeepTheProgramAndTrackStateAcrossARestart() {
        String trackId = "JP-SEMICONDUCTORS";
        ProgramView before;
        try (ConfigurableApplicationContext app = start()) {
            before = ProgramJobs.kickoff(app.getBean(ProgramService.class), app.getBean(ManagementService.class)).program();
            TaskService tasks = app.getBean(TaskService.class);
            Task drafting = tasks.createTaskQuery().processInstanceBusinessKey(trackId)
                    .taskDefinitionKey(ProgramJobs.FIRST_TRACK_TASK).singleResult();
            tasks.complete(drafting.getId());
        }

        try (ConfigurableApplicationContext app = start()) {
            ProgramService programs = app.getBean(ProgramService.class);
            ProgramService.Started again = programs.start();

            assertThat(again.created()).isFalse();
            assertThat(again.program().processInstanceId()).isEqualTo(before.processInstanceId());
            Map<String, TrackStage> stages = again.program().tracks().stream()
                    .collect(Collectors.toMap(TrackSummary::id, TrackSummary::stage));
            assertThat(stages).hasSize(48).containsEntry(trackId, TrackStage.INTERNAL_REVIEW);
            assertThat(stages.values()).filteredOn(stage -> stage == TrackStage.DRAFTING).hasSize(47);
            assertThat(again.program().meetingSeries()).hasSize(8);
            Map<String, TrackSummary> byId = again.program().tracks().stream()
                    .collect(Collectors.toMap(TrackSummary::id, Function.identity()));
            assertThat(byId.get(trackId).tasks()).extracting(TrackSummary.OpenTask::key)
                    .containsExactlyInAnyOrder(TrackProcess.USER_TASK_LEGAL_REVIEW, TrackProcess.USER_TASK_INTERAGENCY_REVIEW);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NegotiationApplication.class)
                .profiles("dev")
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("negotiation"),
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false");
    }
}
