package gov.trade.negotiation.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * Engine-only process tests: an in-memory engine per test class, job executor off (tests fire timers
 * themselves), the application's real beans for expressions and delegates, and coverage measured.
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
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        return ProcessEngineCoverageExtension.builder(configuration).assertClassCoverageAtLeast(1.0).build();
    }
}
