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
        ProcessEngineConfigurationImpl configuration = new ProcessCoverageInMemProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        String h2 = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        configuration.setJdbcUrl(h2);
        PostgresPass.forH2Url(h2).ifPresent(postgres -> {
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
