package gov.trade.negotiation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.web.Http;

/**
 * Not a test: prints p50 and p95 latency of {@code GET /api/dashboard} at 48, 1,000 and 10,000 tracks on H2 (goal:
 * p95 at 10,000 at most 2x p95 at 48), beside the raw engine doing the same reads through its query API in the same
 * run, and the cost of recomputing the stored snapshot. Run with {@code ./mvnw verify -Pbenchmarks}; asserts
 * correctness only, never time. The background refresh runs as in production (every 3 s), so requests compete with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--negotiation.config-file=classpath:scale/negotiation-10000.yaml", properties = {
        "spring.datasource.url=jdbc:h2:mem:dashboardBenchmark;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
class DashboardBenchmark {

    private static final int WARM_UP = 50;
    private static final int REQUESTS = 300;
    private static final int RAW_RUNS = 30;

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DashboardService dashboards;
    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    record Figures(double p50, double p95) {
        @Override
        public String toString() {
            return String.format("p50 %7.2f ms  p95 %7.2f ms", p50, p95);
        }
    }

    /**
     * Refreshes the snapshot until it counts {@code size} started tracks: a refresh asked for while the background
     * refresh holds the lease is skipped, and that one may have read the tracks before the last were seeded.
     */
    private boolean snapshotCounting(Http http, int size) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            dashboards.refreshIfOlderThan(Duration.ZERO);
            HttpResponse<String> check = http.get("pm", "/api/dashboard");
            assertThat(check.statusCode()).isEqualTo(200);
            if (DashboardStatementCountTests.started(json.readTree(check.body())) == size) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    @Test
    void printLatencyOfTheDashboardAt48And1000And10000Tracks() throws Exception {
        Http http = new Http(port);
        TrackSeeder seeder = new TrackSeeder(runtimeService, historyService, transaction,
                TestConfig.load(DashboardStatementCountTests.SCALE_CONFIG), Set.of("AU", "GB", "IL", "JP", "KR", "NL", "SG", "AE"),
                Set.of("ENERGY", "CRITICAL_MINERALS", "SEMICONDUCTORS", "ADVANCED_MANUFACTURING", "AI_INFRASTRUCTURE",
                        "TRANSPORTATION_LOGISTICS"));
        Map<Integer, Figures> api = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder("\n=== Dashboard benchmark (H2 in memory, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores) ===\n");
        for (int size : List.of(48, 1_000, 10_000)) {
            long seeded = seeder.seedUpTo(size);
            assertThat(snapshotCounting(http, size)).as("the stored snapshot counts %d tracks", size).isTrue();
            assertThat(json.readTree(http.get("jp-desk", "/api/dashboard").body()).path("trackCount").asInt())
                    .isEqualTo(50);

            Figures program = time(WARM_UP, REQUESTS, () -> expectOk(http.get("pm", "/api/dashboard")));
            Figures desk = time(WARM_UP / 5, REQUESTS / 3, () -> expectOk(http.get("jp-desk", "/api/dashboard")));
            Figures compute = time(3, RAW_RUNS, () -> {
                dashboards.refreshIfOlderThan(Duration.ZERO);
                return null;
            });
            Figures raw = time(3, RAW_RUNS, this::rawEngineReads);
            api.put(size, program);
            report.append(String.format("%,6d tracks (seeded in %,6d ms, %,.0f starts/s)%n", size, seeded,
                            seeded == 0 ? 0 : 1000.0 * (size - previous(api, size)) / seeded))
                    .append("  GET /api/dashboard (manager, stored snapshot) ").append(program).append('\n')
                    .append("  GET /api/dashboard (jp-desk, its row, live)   ").append(desk).append('\n')
                    .append("  recompute the snapshot (6 SQL + figures)      ").append(compute).append('\n')
                    .append("  raw engine: the same reads via query API      ").append(raw).append('\n')
                    .append(String.format("  ratio app request p95 / raw engine p95: %.2f; recompute p95 / raw engine p95: %.2f%n",
                            program.p95() / raw.p95(), compute.p95() / raw.p95()));
        }
        report.append(String.format("ratio p95(1,000)/p95(48) = %.2f; p95(10,000)/p95(48) = %.2f (goal <= 2)%n",
                api.get(1_000).p95() / api.get(48).p95(), api.get(10_000).p95() / api.get(48).p95()));
        System.out.println(report);
    }

    private static int previous(Map<Integer, Figures> done, int size) {
        return size == 48 ? 0 : size == 1_000 ? 48 : 1_000;
    }

    /** What the dashboard reads, asked of the engine's own query API: one bulk query each, no web, no JSON. */
    private Object rawEngineReads() {
        int rows = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY).list().size()
                + taskService.createTaskQuery().processDefinitionKey(TrackProcess.KEY).list().size()
                + historyService.createHistoricTaskInstanceQuery().processDefinitionKey(TrackProcess.KEY).finished()
                        .list().size()
                + historyService.createHistoricActivityInstanceQuery().activityId(TrackProcess.EVENT_AGREEMENT_SIGNED).list().size();
        assertThat(rows).isPositive();
        return rows;
    }

    private static Object expectOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static Figures time(int warmUp, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            work.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Percentiles percentiles = new Percentiles(millis);
        return new Figures(percentiles.median().orElseThrow(), percentiles.of(0.95).orElseThrow());
    }
}
