package gov.trade.negotiation.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * On H2 only, an index on the engine's {@code ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)}, created once the engine has
 * its schema. Camunda reads an execution's variables with {@code EXECUTION_ID_ = ? and TASK_ID_ is null}; H2 answers
 * that through the task id index ({@code TASK_ID_ IS NULL} matches every process variable, as its EXPLAIN shows), so
 * each read scanned all process variables and the 10,000-track kickoff, which reads the program's executions for
 * every start, became quadratic. PostgreSQL picks the execution id index by itself.
 */
@Component
class H2VariableIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "NEG_IDX_VARIABLE_EXECUTION";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + INDEX
                    + " on ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the index " + INDEX + " on H2", e);
        }
    }
}
