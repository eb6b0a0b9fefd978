package gov.trade.negotiation.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Several engine service calls as one engine command. ENGINE-SPECIFIC: service calls made while a command runs join
 * its command context, so they share one entity cache and one flush: claiming, commenting and completing a task
 * read the task once and write once, instead of three commands that each read and flush it.
 */
@Component
public class EngineCommands {

    private final ProcessEngineConfigurationImpl configuration;

    public EngineCommands(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /** Runs {@code work} in one command context, in the caller's transaction or a new one. */
    public void inOneCommand(Runnable work) {
        configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            work.run();
            return null;
        });
    }
}
