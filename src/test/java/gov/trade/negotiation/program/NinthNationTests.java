package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.NegotiationApplication;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.track.TrackSummary;

/** Adding a ninth nation is an edit of the config file and nothing else. */
class NinthNationTests {

    @TempDir
    Path folder;

    @Test
    void shouldNegotiateWithANationAddedToTheConfigFile() throws Exception {
        String config = Files.readString(TestConfig.PROJECT_CONFIG);
        String lastNation = "    - { code: AE, name: United Arab Emirates, zone: Asia/Dubai }\n";
        assertThat(config).contains(lastNation);
        Path edited = folder.resolve("negotiation.yaml");
        Files.writeString(edited, config.replace(lastNation, lastNation + "    - { code: FR, name: France }\n"));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NegotiationApplication.class)
                .profiles("dev")
                .run("--negotiation.config-file=file:" + edited,
                        "--spring.datasource.url=jdbc:h2:mem:ninthNationTests;DB_CLOSE_DELAY=-1",
                        "--server.port=0", "--camunda.bpm.job-execution.enabled=false")) {
            ProgramView program = ProgramJobs.kickoff(app.getBean(ProgramService.class),
                    app.getBean(ManagementService.class)).program();

            assertThat(program.tracks()).hasSize(54);
            assertThat(program.tracks()).filteredOn(track -> track.nation().equals("FR")).hasSize(6)
                    .allSatisfy(track -> assertThat(track.tasks()).flatExtracting(TrackSummary.OpenTask::candidateGroups)
                            .containsExactly("desk-fr"));
            assertThat(program.meetingSeries()).hasSize(9).contains("MEETINGS-FR");
            assertThat(app.getBean(IdentityService.class).createGroupQuery().groupId("desk-fr").count()).isEqualTo(1);
        }
    }
}
