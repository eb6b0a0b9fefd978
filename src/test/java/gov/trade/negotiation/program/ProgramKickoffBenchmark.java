package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.NegotiationApplication;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.track.TrackProcess;

/**
 * 50 nations x 6 areas from config alone (300 tracks, 50 meeting series): the kickoff as an administrator starts
 * it, on an H2 file as {@code ./mvnw spring-boot:run} uses, with the job executor starting each track in its own
 * job. Prints the time until every track and series runs; asserts only that each started once.
 */
public class ProgramKickoffBenchmark {

    static final int NATIONS = 50;

    @TempDir
    Path folder;

    @Test
    void shouldKickOffFiftyNationsTimesSixAreas() throws Exception {
        Path config = fiftyNations(folder.resolve("negotiation.yaml"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NegotiationApplication.class)
                .profiles("dev")
                .run("--negotiation.config-file=file:" + config,
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("negotiation"),
                        "--server.port=0", "--dashboard.refresh-enabled=false")) {
            ProgramService programs = app.getBean(ProgramService.class);

            long start = System.nanoTime();
            ProgramService.Started started = programs.start();
            long answered = System.nanoTime();
            ProgramView.Progress progress = waitUntilComplete(programs, Duration.ofMinutes(10));
            long done = System.nanoTime();

            System.out.printf("%nKickoff of %d tracks + %d meeting series from config: POST answered in %d ms, "
                    + "all started after %.1f s (%.0f tracks/s)%n%n", progress.tracksPlanned(),
                    progress.meetingSeriesPlanned(), (answered - start) / 1_000_000, (done - start) / 1e9,
                    progress.tracksPlanned() / ((done - start) / 1e9));

            assertThat(started.created()).isTrue();
            assertThat(progress).isEqualTo(new ProgramView.Progress(300, 300, 0, 50, 50, 0, true));
            assertThat(startsByKey(app, TrackProcess.KEY)).hasSize(300).allSatisfy((key, n) -> assertThat(n).isEqualTo(1));
            assertThat(startsByKey(app, MeetingProcess.KEY)).hasSize(50).allSatisfy((key, n) -> assertThat(n).isEqualTo(1));
            assertThat(programs.current().orElseThrow().failures()).isEmpty();
        }
    }

    public static ProgramView.Progress waitUntilComplete(ProgramService programs, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        ProgramView.Progress progress = programs.progress().orElseThrow();
        while (!progress.complete() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            progress = programs.progress().orElseThrow();
        }
        return progress;
    }

    private static Map<String, Long> startsByKey(ConfigurableApplicationContext app, String processKey) {
        return app.getBean(HistoryService.class).createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .list().stream()
                .collect(Collectors.groupingBy(HistoricProcessInstance::getBusinessKey, Collectors.counting()));
    }

    /** The project's config with its eight nations and 42 made-up ones (QA..QZ, XA..XP), all six areas. */
    public static Path fiftyNations(Path file) throws IOException {
        StringBuilder made = new StringBuilder(ProgramApps.LAST_NATION);
        for (int i = 0; i < NATIONS - 8; i++) {
            String code = i < 26 ? "Q" + (char) ('A' + i) : "X" + (char) ('A' + i - 26);
            made.append("    - { code: ").append(code).append(", name: Nation ").append(code).append(" }\n");
        }
        String config = Files.readString(TestConfig.PROJECT_CONFIG);
        Files.writeString(file, config.replace(ProgramApps.LAST_NATION, made));
        return file;
    }
}
