package gov.trade.negotiation.program;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Every node, when it starts, brings a running program in line with the configuration file: what was added joins,
 * what is marked withdrawn leaves, and a nation that vanished with tracks stops start-up.
 */
@Component
class ProgramStartup implements ApplicationRunner {

    private final ProgramService programs;

    ProgramStartup(ProgramService programs) {
        this.programs = programs;
    }

    @Override
    public void run(ApplicationArguments args) {
        programs.syncOnStartup();
    }
}
