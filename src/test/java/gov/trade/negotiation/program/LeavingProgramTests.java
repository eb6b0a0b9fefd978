package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.track.TrackStage;
import gov.trade.negotiation.web.Http;

/**
 * A nation with tracks cannot silently vanish from the config: start-up refuses, naming it. Marked withdrawn, its
 * open tracks and its meeting series end through their processes, with the reason, once.
 */
@ExtendWith(OutputCaptureExtension.class)
class LeavingProgramTests {

    private static final String NETHERLANDS = "    - { code: NL, name: Netherlands, zone: Europe/Amsterdam }\n";
    private static final String REASON = "The Netherlands negotiates through the European Union from now on";

    @TempDir
    Path folder;

    @Test
    void shouldRefuseToStartWithoutANationThatHasTracksAndWithdrawItsTracksOnceMarkedWithdrawn(CapturedOutput output)
            throws Exception {
        String database = "jdbc:h2:file:" + folder.resolve("negotiation");
        try (ConfigurableApplicationContext app = ProgramApps.start(ProgramApps.projectConfigCopy(folder.resolve("a.yaml")),
                database)) {
            ProgramJobs.kickoff(app.getBean(ProgramService.class), app.getBean(ManagementService.class));
        }

        Path removed = ProgramApps.edited(folder.resolve("b.yaml"), NETHERLANDS, "");
        assertThatThrownBy(() -> ProgramApps.start(removed, database).close()).isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
                removed.toString(), "negotiation.nations: 'NL' takes part in the running program (6 tracks)",
                "mark it withdrawn");

        Path withdrawn = ProgramApps.edited(folder.resolve("c.yaml"), NETHERLANDS,
                "    - { code: NL, name: Netherlands, zone: Europe/Amsterdam, withdrawn: { reason: \"" + REASON + "\" } }\n");
        try (ConfigurableApplicationContext app = ProgramApps.start(withdrawn, database)) {
            HistoryService history = app.getBean(HistoryService.class);
            List<HistoricProcessInstance> dutch = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(TrackProcess.KEY).processInstanceBusinessKeyLike("NL-%").list();
            assertThat(dutch).hasSize(6).allSatisfy(track -> {
                assertThat(TrackStage.ofEndEvent(track.getEndActivityId())).isEqualTo(TrackStage.WITHDRAWN);
                assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(track.getId())
                        .variableName(TrackProcess.VAR_WITHDRAWAL_REASON).singleResult().getValue()).isEqualTo(REASON);
            });
            HistoricProcessInstance series = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(MeetingProcess.seriesKey("NL")).singleResult();
            assertThat(series.getEndTime()).isNotNull();
            assertThat(passed(history, series, MeetingProcess.END_EVENT_SERIES_WITHDRAWN)).isTrue();
            assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery()
                    .processDefinitionKey(TrackProcess.KEY).count()).as("the other nations' tracks go on").isEqualTo(42);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JsonNode dashboard = new ObjectMapper().readTree(new Http(port).get("pm", "/api/dashboard").body());
            List<String> dutchCells = new java.util.ArrayList<>();
            dashboard.path("matrix").path("rows").forEach(row -> {
                if (row.path("nation").asText().equals("NL")) {
                    row.path("cells").forEach(cell -> dutchCells.add(cell.path("stage").asText()));
                }
            });
            assertThat(dutchCells).hasSize(6).containsOnly("WITHDRAWN");

            ProgramService.Started again = app.getBean(ProgramService.class).start();
            assertThat(again.program().withdrawn()).as("withdrawn once").isEmpty();
            assertThat(again.program().progress().tracksPlanned()).isEqualTo(48);
        }
    }

    @Test
    void shouldNotStartTheQueuedTracksAndSeriesOfANationWithdrawnBeforeTheirStartsRan() {
        String database = "jdbc:h2:file:" + folder.resolve("negotiation");
        try (ConfigurableApplicationContext app = ProgramApps.start(ProgramApps.projectConfigCopy(folder.resolve("a.yaml")),
                database)) {
            app.getBean(ProgramService.class).start();
            ManagementService management = app.getBean(ManagementService.class);
            management.executeJob(management.createJobQuery().activityId(ProgramProcess.TIMER_JOINING_DATE)
                    .singleResult().getId());
            assertThat(management.createJobQuery().processDefinitionKey(ProgramProcess.KEY).executable().count())
                    .as("the kickoff's track and series starts wait in their jobs").isEqualTo(48 + 8);
        }

        Path withdrawn = ProgramApps.edited(folder.resolve("b.yaml"), NETHERLANDS,
                "    - { code: NL, name: Netherlands, zone: Europe/Amsterdam, withdrawn: { reason: \"" + REASON + "\" } }\n");
        try (ConfigurableApplicationContext app = ProgramApps.start(withdrawn, database)) {
            ProgramJobs.runDue(app.getBean(ManagementService.class));

            HistoryService history = app.getBean(HistoryService.class);
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY)
                    .processInstanceBusinessKeyLike("NL-%").count()).as("no Dutch track started").isZero();
            assertThat(history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(MeetingProcess.seriesKey("NL")).count()).isZero();
            RuntimeService runtime = app.getBean(RuntimeService.class);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY).count()).isEqualTo(42);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY).count()).isEqualTo(7);
            ProgramView.Progress progress = app.getBean(ProgramService.class).current().orElseThrow().progress();
            assertThat(progress.tracksPlanned()).isEqualTo(42);
        }
    }

    /** Whether an instance reached an element (its end activity id names the event subprocess, not its end event). */
    private static boolean passed(HistoryService history, HistoricProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId)
                .finished().count() == 1;
    }
}
