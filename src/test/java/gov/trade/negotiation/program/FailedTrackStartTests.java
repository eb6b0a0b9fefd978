package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.web.Http;

/**
 * One track whose start fails does not hold back the others; the failure stays visible with its error on the
 * program page and in the API until an administrator retries it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:failedTrackStartTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
class FailedTrackStartTests {

    @Autowired
    ProgramService programs;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldShowAFailedTrackStartWithItsErrorAndStartItOnceAnAdministratorRetries() throws Exception {
        repositoryService.createDeployment().name("broken track model")
                .addClasspathResource("stubs/bilateralTrackFailingForJapanEnergy.bpmn").deploy();
        ProgramJobs.kickoff(programs, managementService);
        Http http = new Http(port);

        JsonNode program = json.readTree(http.get("admin", "/api/program").body());
        assertThat(program.path("progress").path("tracksStarted").asInt()).isEqualTo(47);
        assertThat(program.path("progress").path("tracksPlanned").asInt()).isEqualTo(48);
        assertThat(program.path("progress").path("complete").asBoolean()).isFalse();
        JsonNode failure = program.path("failures").get(0);
        assertThat(program.path("failures")).hasSize(1);
        assertThat(failure.path("member").asText()).isEqualTo("JP-ENERGY");
        assertThat(failure.path("kind").asText()).isEqualTo("TRACK");
        assertThat(failure.path("error").asText()).contains("noSuchBean");
        assertThat(failure.path("retriesLeft").asInt()).isZero();
        assertThat(http.page("admin", "/program").body()).contains("Failed starts", "JP-ENERGY", "noSuchBean",
                "retry-JP-ENERGY");

        repositoryService.createDeployment().name("fixed track model")
                .addClasspathResource("processes/bilateralTrack.bpmn").deploy();
        assertThat(http.postJson("jp-desk", "/api/program/failures/" + failure.path("id").asText() + "/retry", "")
                .statusCode()).isEqualTo(403);
        assertThat(http.postJson("admin", "/api/program/failures/" + failure.path("id").asText() + "/retry", "")
                .statusCode()).isEqualTo(204);
        ProgramJobs.runDue(managementService);

        ProgramView after = programs.current().orElseThrow();
        assertThat(after.failures()).isEmpty();
        assertThat(after.progress().tracksStarted()).isEqualTo(48);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey("JP-ENERGY")
                .taskDefinitionKey(ProgramJobs.FIRST_TRACK_TASK).count()).isEqualTo(1);
    }
}
