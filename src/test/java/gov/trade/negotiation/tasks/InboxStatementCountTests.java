package gov.trade.negotiation.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import gov.trade.negotiation.dashboard.StatementCounter;
import gov.trade.negotiation.postgres.PostgresPass;
import gov.trade.negotiation.track.TrackProcess;

/**
 * The inbox costs a fixed number of SQL statements whatever the number of tasks in it: counted by a DataSource proxy
 * for one {@code GET /api/tasks} (the default page, and the largest) with 100 and with 600 drafting tasks visible.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:inboxStatementCountTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "dashboard.refresh-enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("dev")
@Import(InboxStatementCountTests.Counting.class)
class InboxStatementCountTests {

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired StatementCounter counter;
    @Autowired RuntimeService runtimeService;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void shouldKeepHundredsOfParsedStatementsPerConnectionOnH2() {
        Assumptions.assumeFalse(PostgresPass.active(), "H2's query cache: this pass runs on PostgreSQL");
        assertThat(jdbc.queryForObject("select SETTING_VALUE from INFORMATION_SCHEMA.SETTINGS"
                + " where SETTING_NAME = 'QUERY_CACHE_SIZE'", String.class)).isEqualTo("512");
    }

    @Test
    void shouldCostTheSameNumberOfStatementsWith100And600Tasks() throws Exception {
        Map<Integer, List<Integer>> counts = new LinkedHashMap<>();
        int started = 0;
        for (int size : List.of(100, 600)) {
            for (; started < size; started++) {
                runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-" + (started % 2 == 0 ? "ENERGY" : "SEMICONDUCTORS"));
            }
            // the first request verifies the password (remembered for the next) and fills the engine's caches
            mvc.perform(get("/api/tasks").with(httpBasic("jp-desk", "demo"))).andExpect(status().isOk());
            int page = counter.count(() -> mvc.perform(get("/api/tasks").with(httpBasic("jp-desk", "demo")))
                    .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", String.valueOf(size))));
            int largest = counter.count(() -> mvc.perform(get("/api/tasks?size=500&nation=JP")
                    .with(httpBasic("jp-desk", "demo")))
                    .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", String.valueOf(size))));
            counts.put(size, List.of(page, largest));
            System.out.printf("inbox statements with %d tasks: default page %d, page of 500 %d%n", size, page, largest);
        }

        assertThat(counts.get(600)).isEqualTo(counts.get(100));
        assertThat(counts.get(100).get(0)).as("statements of one inbox request").isBetween(1, 8);
    }
}
