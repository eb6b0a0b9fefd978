package gov.trade.negotiation.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import gov.trade.negotiation.NegotiationApplication;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.program.ProgramView;
import gov.trade.negotiation.track.TrackStage;

/** The production path: the postgres profile, Flyway migrations and the engine schema on a real PostgreSQL. */
class PostgresProgramTests {

    @Test
    void shouldStartTheProgramOnPostgresqlAndFindItAgainFromASecondNode() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.createOrSkip()) {
            ProgramView started;
            try (ConfigurableApplicationContext node1 = start(database)) {
                started = ProgramJobs.kickoff(node1.getBean(ProgramService.class),
                        node1.getBean(ManagementService.class)).program();
                assertThat(started.tracks()).hasSize(48).allMatch(track -> track.stage() == TrackStage.DRAFTING);
                assertThat(node1.getBean(JdbcTemplate.class)
                        .queryForObject("select count(*) from app_schema_history where success", Integer.class))
                        .isGreaterThanOrEqualTo(2);
            }
            try (ConfigurableApplicationContext node2 = start(database)) {
                ProgramService.Started again = node2.getBean(ProgramService.class).start();
                assertThat(again.created()).isFalse();
                assertThat(again.program().processInstanceId()).isEqualTo(started.processInstanceId());
                assertThat(again.program().meetingSeries()).hasSize(8);
            }
        }
    }

    private static ConfigurableApplicationContext start(PostgresDatabase database) {
        return new SpringApplicationBuilder(NegotiationApplication.class)
                .profiles("dev", "postgres")
                .run("--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=" + database.password(),
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false");
    }
}
