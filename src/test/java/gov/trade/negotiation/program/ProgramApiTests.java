package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.track.TrackStage;
import gov.trade.negotiation.track.TrackSummary;

/** Starting the program through the JSON API, as the dev admin and as people who may not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:programApiTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramApiTests {

    private static final String PASSWORD = "demo";

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    @Order(1)
    void shouldRefuseToStartTheProgramForADeskOfficerAndStartNothing() {
        ResponseEntity<JsonNode> response = http.withBasicAuth("jp-desk", PASSWORD)
                .postForEntity("/api/program", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(403);
        assertThat(response.getBody().path("title").asText()).isEqualTo("Forbidden");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    @Order(2)
    void shouldAskAnonymousCallersToSignIn() {
        ResponseEntity<JsonNode> response = http.postForEntity("/api/program", null, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(401);
        assertThat(http.withBasicAuth("ae-desk", "wrong").getForEntity("/api/tracks", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    }

    @Test
    @Order(3)
    void shouldStartFortyEightTracksEachWaitingInDraftingForItsDeskAndEightMeetingSeries() {
        ResponseEntity<ProgramView> response = http.withBasicAuth("admin", PASSWORD)
                .postForEntity("/api/program", null, ProgramView.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody().addedTracks()).hasSize(48).contains("JP-CRITICAL_MINERALS");
        assertThat(response.getBody().addedMeetingSeries()).containsExactly("AE", "AU", "GB", "IL", "JP", "KR", "NL", "SG");
        assertThat(response.getBody().progress()).as("each track starts in its own job")
                .isEqualTo(new ProgramView.Progress(48, 0, 0, 8, 0, 0, false));

        ProgramJobs.runDue(managementService);

        ProgramView program = http.withBasicAuth("admin", PASSWORD).getForObject("/api/program", ProgramView.class);
        assertThat(program.progress()).isEqualTo(new ProgramView.Progress(48, 48, 0, 8, 8, 0, true));
        assertThat(program.failures()).isEmpty();
        assertThat(program.tracks()).hasSize(48);
        for (TrackSummary track : program.tracks()) {
            assertThat(track.stage()).isEqualTo(TrackStage.DRAFTING);
            assertThat(track.tasks()).singleElement().satisfies(task -> {
                assertThat(task.key()).isEqualTo(ProgramJobs.FIRST_TRACK_TASK);
                assertThat(task.candidateGroups()).containsExactly("desk-" + track.nation().toLowerCase(Locale.ROOT));
                assertThat(task.due()).isNotNull();
            });
        }
        assertThat(program.meetingSeries()).containsExactly("MEETINGS-AE", "MEETINGS-AU", "MEETINGS-GB",
                "MEETINGS-IL", "MEETINGS-JP", "MEETINGS-KR", "MEETINGS-NL", "MEETINGS-SG");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY).count())
                .isEqualTo(8);
    }

    @Test
    @Order(4)
    void shouldReturnTheSameProgramAndStartNothingOnASecondCall() {
        ProgramView first = http.withBasicAuth("admin", PASSWORD).getForObject("/api/program", ProgramView.class);

        ResponseEntity<ProgramView> again = http.withBasicAuth("admin", PASSWORD)
                .postForEntity("/api/program", null, ProgramView.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().processInstanceId()).isEqualTo(first.processInstanceId());
        assertThat(again.getBody().addedTracks()).isEmpty();
        assertThat(again.getBody().addedMeetingSeries()).isEmpty();
        assertThat(managementService.createJobQuery().processDefinitionKey(ProgramProcess.KEY).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.KEY).count())
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY).count())
                .isEqualTo(48);
    }

    @Test
    @Order(5)
    void shouldListTheTracksEachPersonMayRead() {
        ResponseEntity<TrackSummary[]> desk = http.withBasicAuth("kr-desk", PASSWORD)
                .getForEntity("/api/tracks", TrackSummary[].class);
        ResponseEntity<TrackSummary[]> manager = http.withBasicAuth("pm", PASSWORD)
                .getForEntity("/api/tracks", TrackSummary[].class);

        assertThat(desk.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(List.of(desk.getBody())).hasSize(6).allSatisfy(track -> assertThat(track.nation()).isEqualTo("KR"));
        assertThat(List.of(manager.getBody())).hasSize(48);
    }

    @Test
    @Order(5)
    void shouldLetOnlyAdministratorsRetryAFailedStartAndAnswer404ForOneThatIsNoFailure() {
        ResponseEntity<JsonNode> desk = http.withBasicAuth("jp-desk", PASSWORD)
                .postForEntity("/api/program/failures/42/retry", null, JsonNode.class);
        ResponseEntity<JsonNode> admin = http.withBasicAuth("admin", PASSWORD)
                .postForEntity("/api/program/failures/42/retry", null, JsonNode.class);

        assertThat(desk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @Order(6)
    void shouldKeepTheEngineRestApiForAdministrators() {
        assertThat(http.withBasicAuth("jp-desk", PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", PASSWORD).getForEntity("/engine-rest/process-definition/count",
                JsonNode.class).getBody().path("count").asInt()).isEqualTo(3);
    }
}
