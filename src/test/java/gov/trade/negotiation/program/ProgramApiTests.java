package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

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
        ProgramView program = response.getBody();
        assertThat(program.tracks()).hasSize(48);
        for (TrackSummary track : program.tracks()) {
            assertThat(track.stage()).isEqualTo(TrackStage.DRAFTING);
            assertThat(track.tasks()).singleElement().satisfies(task -> {
                assertThat(task.key()).isEqualTo(TrackProcess.USER_TASK_DRAFT_TEXT);
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
    @Order(6)
    void shouldKeepTheEngineRestApiForAdministrators() {
        assertThat(http.withBasicAuth("jp-desk", PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", PASSWORD).getForEntity("/engine-rest/process-definition/count",
                JsonNode.class).getBody().path("count").asInt()).isEqualTo(3);
    }
}
