package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.web.Http;

/**
 * The program grows while it runs: kicked off with the eight nations on a database file, stopped, Canada and
 * Norway (unquoted NO) added to the config file, started again. Their tracks and meeting series start once, also
 * when two nodes start together after the edit.
 */
class JoiningProgramTests {

    private static final String CANADA_AND_NORWAY = ProgramApps.LAST_NATION
            + "    - { code: CA, name: Canada, zone: America/Toronto }\n"
            + "    - { code: NO, name: Norway, zone: Europe/Oslo }\n";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void shouldStartTheTracksAndMeetingsOfNationsAddedAfterTheKickoffWhenTheAppStartsAgain() throws Exception {
        String database = "jdbc:h2:file:" + folder.resolve("negotiation");
        kickoffWithEightNations(database);

        Path edited = ProgramApps.edited(folder.resolve("edited.yaml"), ProgramApps.LAST_NATION, CANADA_AND_NORWAY);
        try (ConfigurableApplicationContext app = ProgramApps.start(edited, database)) {
            ProgramJobs.runDue(app.getBean(ManagementService.class));
            ProgramView program = app.getBean(ProgramService.class).current().orElseThrow();

            assertThat(program.tracks()).hasSize(60);
            assertThat(program.progress()).isEqualTo(new ProgramView.Progress(60, 60, 0, 10, 10, 0, true));
            for (String nation : List.of("CA", "NO")) {
                assertThat(program.tracks()).filteredOn(track -> track.nation().equals(nation)).hasSize(6)
                        .allSatisfy(track -> assertThat(track.tasks()).singleElement().satisfies(task -> {
                            assertThat(task.key()).isEqualTo(ProgramJobs.FIRST_TRACK_TASK);
                            assertThat(task.candidateGroups()).containsExactly("desk-" + nation.toLowerCase());
                        }));
                assertThat(program.meetingSeries()).contains(MeetingProcess.seriesKey(nation));
            }
            assertStartedOnce(app, 60, 10);
            assertThat(notStartedCells(app)).isEmpty();

            ProgramService.Started again = app.getBean(ProgramService.class).start();
            assertThat(again.created()).isFalse();
            assertThat(again.program().addedTracks()).isEmpty();
            assertThat(again.program().addedMeetingSeries()).isEmpty();
        }
    }

    @Test
    void shouldStartEachNewTrackOnceWhenTwoNodesStartTogetherAfterTheEdit() throws Exception {
        String database = "jdbc:h2:file:" + folder.resolve("negotiation");
        kickoffWithEightNations(database);
        Path edited = ProgramApps.edited(folder.resolve("edited.yaml"), ProgramApps.LAST_NATION, CANADA_AND_NORWAY);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        Semaphore gate = new Semaphore(1);
        Future<ConfigurableApplicationContext> first = nodes.submit(
                () -> ProgramApps.startAlongsideOthers(gate, edited, database));
        Future<ConfigurableApplicationContext> second = nodes.submit(
                () -> ProgramApps.startAlongsideOthers(gate, edited, database));
        try (ConfigurableApplicationContext one = first.get(); ConfigurableApplicationContext two = second.get()) {
            ProgramJobs.runDue(one.getBean(ManagementService.class));

            assertStartedOnce(one, 60, 10);
            assertThat(two.getBean(ProgramService.class).current().orElseThrow().progress())
                    .isEqualTo(new ProgramView.Progress(60, 60, 0, 10, 10, 0, true));
        } finally {
            nodes.shutdownNow();
        }
    }

    private static void kickoffWithEightNations(String database) {
        Path config = ProgramApps.projectConfigCopy(Path.of(database.substring("jdbc:h2:file:".length()) + ".yaml"));
        try (ConfigurableApplicationContext app = ProgramApps.start(config, database)) {
            ProgramView program = ProgramJobs.kickoff(app.getBean(ProgramService.class),
                    app.getBean(ManagementService.class)).program();
            assertThat(program.tracks()).hasSize(48);
            assertThat(program.meetingSeries()).hasSize(8);
        }
    }

    private static void assertStartedOnce(ConfigurableApplicationContext app, int tracks, int series) {
        HistoryService history = app.getBean(HistoryService.class);
        Map<String, Long> trackStarts = startsByKey(history, TrackProcess.KEY);
        Map<String, Long> seriesStarts = startsByKey(history, MeetingProcess.KEY);
        assertThat(trackStarts).hasSize(tracks).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
        assertThat(seriesStarts).hasSize(series).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    }

    private static Map<String, Long> startsByKey(HistoryService history, String processKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey, Collectors.counting()));
    }

    /** The dashboard's cells still marked NOT_STARTED, as the manager's JSON shows them. */
    private List<String> notStartedCells(ConfigurableApplicationContext app) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        JsonNode dashboard = json.readTree(new Http(port).get("pm", "/api/dashboard").body());
        List<String> notStarted = new java.util.ArrayList<>();
        assertThat(dashboard.path("matrix").path("rows")).hasSize(10);
        dashboard.path("matrix").path("rows").forEach(row -> row.path("cells").forEach(cell -> {
            if ("NOT_STARTED".equals(cell.path("stage").asText())) {
                notStarted.add(cell.path("track").asText());
            }
        }));
        return notStarted;
    }
}
