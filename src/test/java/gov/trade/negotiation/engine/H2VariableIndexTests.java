package gov.trade.negotiation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import gov.trade.negotiation.postgres.PostgresPass;

/** On H2, the engine's read of an execution's variables goes through the execution's rows, not every variable. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:h2VariableIndexTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false", "dashboard.refresh-enabled=false"})
@ActiveProfiles("dev")
class H2VariableIndexTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldReadAnExecutionsVariablesThroughTheExecutionIndex() {
        Assumptions.assumeFalse(PostgresPass.active(), "an index of H2 only: this pass runs on PostgreSQL");
        // the WHERE clause of the engine's selectVariablesByExecutionId
        String plan = String.join("\n", jdbc.queryForList("""
                explain select RES.* from ACT_RU_VARIABLE RES
                where EXECUTION_ID_ = 'some-execution' and TASK_ID_ is null""", String.class));

        assertThat(plan).contains(H2VariableIndex.INDEX).doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
    }
}
