package gov.trade.negotiation.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

import gov.trade.negotiation.postgres.PostgresPass;

/**
 * Engine-only process tests: an in-memory engine per test class, job executor off (tests fire timers
 * themselves), the application's real beans for expressions and delegates, and coverage measured. In the
 * PostgreSQL pass the engine runs on a fresh PostgreSQL database instead.
 */
public final class TestEngines {

    private TestEngines() {
    }

    public static ProcessEngineCoverageExtension coverage(String name, Map<Object, Object> beans) {
        return coverage(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", beans);
    }

    /** An engine on the given database, where a test may also keep the application's own tables. */
    public static ProcessEngineCoverageExtension coverage(String name, String jdbcUrl, Map<Object, Object> beans) {
        ProcessEngineConfigurationImpl configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(jdbcUrl);
        PostgresPass.forH2Url(jdbcUrl).ifPresent(postgres -> {
            configuration.setJdbcDriver("org.postgresql.Driver");
            configuration.setJdbcUrl(postgres.url());
            configuration.setJdbcUsername(postgres.user());
            configuration.setJdbcPassword(postgres.password());
            configuration.setJdbcMaxActiveConnections(3);
            configuration.setJdbcMaxIdleConnections(1);
        });
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        return ProcessEngineCoverageExtension.builder(configuration).assertClassCoverageAtLeast(1.0).build();
    }
}
