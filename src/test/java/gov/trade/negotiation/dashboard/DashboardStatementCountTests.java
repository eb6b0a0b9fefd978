package gov.trade.negotiation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.process.TestConfig;

/**
 * The dashboard costs a fixed number of SQL statements whatever the number of tracks: counted by a DataSource proxy
 * for one request at 48, 1,000 and 10,000 tracks (200 nations x 50 areas, {@code scale/negotiation-10000.yaml}).
 * The program dashboard is computed on every request here ({@code dashboard.max-age=PT0S}), so its count includes
 * every statement of the computation, not only the read of the stored snapshot.
 */
@SpringBootTest(args = "--negotiation.config-file=classpath:scale/negotiation-10000.yaml", properties = {
        "spring.datasource.url=jdbc:h2:mem:dashboardStatementCountTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "dashboard.refresh-enabled=false", "dashboard.max-age=PT0S",
        // the four counted requests at 10,000 tracks can take over a minute on a busy machine; credentials verified
        // before them must still be remembered when the last one comes, or it pays for a password check
        "negotiation.sign-in.credential-cache-ttl=PT30M"})
@AutoConfigureMockMvc
@ActiveProfiles("dev")
@Import(DashboardStatementCountTests.Counting.class)
class DashboardStatementCountTests {

    static final Path SCALE_CONFIG = Path.of("src/test/resources/scale/negotiation-10000.yaml");

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    StatementCounter counter;
    @Autowired
    DashboardService dashboards;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TransactionTemplate transaction;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCostTheSameNumberOfStatementsAt48And1000And10000Tracks() throws Exception {
        NegotiationProperties config = TestConfig.load(SCALE_CONFIG);
        TrackSeeder seeder = new TrackSeeder(runtimeService, historyService, transaction, config,
                Set.of("AU", "GB", "IL", "JP", "KR", "NL", "SG", "AE"),
                Set.of("ENERGY", "CRITICAL_MINERALS", "SEMICONDUCTORS", "ADVANCED_MANUFACTURING", "AI_INFRASTRUCTURE",
                        "TRANSPORTATION_LOGISTICS"));
        Map<Integer, List<Integer>> counts = new LinkedHashMap<>();
        for (int size : List.of(48, 1_000, 10_000)) {
            long millis = seeder.seedUpTo(size);
            System.out.printf("dashboard scale: %,d tracks seeded in %,d ms%n", size, millis);
            // A password is checked (several statements) only when it is not in the one-minute cache of verified
            // credentials: sign both users in before counting, so every counted request costs the same to sign in.
            for (String user : List.of("pm", "jp-desk")) {
                mvc.perform(get("/api/me/mail-preference").with(httpBasic(user, "demo"))).andExpect(status().isOk());
            }
            String[] body = new String[1];
            int program = counter.count(() -> body[0] = mvc.perform(get("/api/dashboard").with(httpBasic("pm", "demo")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            int desk = counter.count(() -> mvc.perform(get("/api/dashboard").with(httpBasic("jp-desk", "demo")))
                    .andExpect(status().isOk()));
            int page = counter.count(() -> mvc.perform(get("/dashboard").with(httpBasic("pm", "demo")))
                    .andExpect(status().isOk()));
            int csv = counter.count(() -> mvc.perform(get("/dashboard/overdue.csv").with(httpBasic("pm", "demo")))
                    .andExpect(status().isOk()));
            int refresh = counter.count(() -> {
                dashboards.refreshIfOlderThan(Duration.ZERO);
                return null;
            });
            assertThat(started(json.readTree(body[0]))).isEqualTo(size);
            counts.put(size, List.of(program, desk, page, csv, refresh));
            System.out.printf("dashboard statements at %,d tracks: api %d, desk api %d, page %d, csv %d, refresh %d%n",
                    size, program, desk, page, csv, refresh);
        }

        assertThat(counts.get(1_000)).isEqualTo(counts.get(48));
        assertThat(counts.get(10_000)).isEqualTo(counts.get(48));
        assertThat(counts.get(48).get(4)).as("statements of one computation").isBetween(6, 10);
    }

    /** Tracks with a process instance: the matrix's cells less those not started. */
    static int started(com.fasterxml.jackson.databind.JsonNode dashboard) {
        int notStarted = 0;
        for (com.fasterxml.jackson.databind.JsonNode total : dashboard.path("totals")) {
            if (total.path("stage").asText().equals(Dashboard.NOT_STARTED)) {
                notStarted = total.path("count").asInt();
            }
        }
        return dashboard.path("trackCount").asInt() - notStarted;
    }
}
