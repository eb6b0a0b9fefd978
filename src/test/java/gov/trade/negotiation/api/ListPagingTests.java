package gov.trade.negotiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.web.Http;

/**
 * Paging and filters of {@code GET /api/tracks} and {@code GET /api/tasks}: pages that add up to the whole list, the
 * total and links in headers, the unpaged call answering as before, and a page size over the maximum refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:listPagingTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListPagingTests {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;

    @Autowired
    ManagementService managementService;

    @LocalServerPort
    int port;

    private Http http;

    @BeforeAll
    void startProgram() {
        ProgramJobs.kickoff(programs, managementService);
        http = new Http(port);
    }

    @Test
    void shouldPageTheTracksSoThatThePagesAddUpToTheWholeList() throws Exception {
        HttpResponse<String> unpaged = http.get("pm", "/api/tracks");
        List<String> whole = ids(unpaged);

        List<String> paged = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int page = 0; page < 5; page++) {
            last = http.get("pm", "/api/tracks?size=10&page=" + page);
            paged.addAll(ids(last));
        }
        HttpResponse<String> first = http.get("pm", "/api/tracks?size=10");
        HttpResponse<String> beyond = http.get("pm", "/api/tracks?size=10&page=9");

        assertThat(whole).hasSize(48).isSorted();
        assertThat(unpaged.headers().firstValue("X-Total-Count")).hasValue("48");
        assertThat(paged).isEqualTo(whole);
        assertThat(ids(first)).hasSize(10);
        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("page=1&size=10>; rel=\"next\"").contains("page=4&size=10>; rel=\"last\"")
                .doesNotContain("rel=\"prev\""));
        assertThat(ids(last)).hasSize(8);
        assertThat(last.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("page=3&size=10>; rel=\"prev\"").doesNotContain("rel=\"next\""));
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.headers().firstValue("X-Total-Count")).hasValue("48");
    }

    @Test
    void shouldFilterTracksByNationAreaAndStageWithinTheCallersScope() throws Exception {
        JsonNode japan = body(http.get("pm", "/api/tracks?nation=JP"));
        JsonNode energy = body(http.get("pm", "/api/tracks?area=ENERGY"));
        JsonNode drafting = body(http.get("pm", "/api/tracks?stage=DRAFTING&nation=KR&area=ENERGY"));
        JsonNode signed = body(http.get("pm", "/api/tracks?stage=SIGNED"));
        JsonNode otherDesk = body(http.get("kr-desk", "/api/tracks?nation=JP"));
        HttpResponse<String> unknownStage = http.get("pm", "/api/tracks?stage=SOMEWHERE");

        assertThat(japan).hasSize(6).allSatisfy(track -> assertThat(track.path("nation").asText()).isEqualTo("JP"));
        assertThat(energy).hasSize(8).allSatisfy(track -> assertThat(track.path("area").asText()).isEqualTo("ENERGY"));
        assertThat(drafting).hasSize(1);
        assertThat(drafting.get(0).path("id").asText()).isEqualTo("KR-ENERGY");
        assertThat(signed).isEmpty();
        assertThat(otherDesk).as("a filter never widens the caller's scope").isEmpty();
        assertThat(unknownStage.statusCode()).isEqualTo(400);
        assertThat(body(unknownStage).path("errors").path("stage").asText()).contains("NEGOTIATION");
    }

    @Test
    void shouldPageTheInboxTheSameWay() throws Exception {
        List<String> whole = ids(http.get("jp-desk", "/api/tasks"));
        HttpResponse<String> firstTwo = http.get("jp-desk", "/api/tasks?size=2");
        HttpResponse<String> energy = http.get("jp-desk", "/api/tasks?area=ENERGY&size=2");

        assertThat(whole).hasSizeGreaterThan(2);
        assertThat(ids(firstTwo)).isEqualTo(whole.subList(0, 2));
        assertThat(firstTwo.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(whole.size()));
        assertThat(body(energy)).allSatisfy(task -> assertThat(task.path("area").asText()).isEqualTo("ENERGY"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/tracks?size=501", "/api/tasks?size=501", "/api/tracks?size=0", "/api/tasks?page=-1",
            "/api/tracks?size=ten"})
    void shouldRefuseAPageSizeOverTheMaximumOrAPageBelowZeroAsAProblem(String path) throws Exception {
        HttpResponse<String> response = http.get("pm", path);
        JsonNode problem = body(response);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-input");
        assertThat(problem.path("detail").asText() + problem.path("errors")).containsAnyOf("size", "page");
    }

    @Test
    void shouldAcceptTheMaximumPageSize() {
        assertThat(http.get("pm", "/api/tracks?size=" + Paging.MAX_SIZE).statusCode()).isEqualTo(200);
    }

    private List<String> ids(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        body(response).forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }
}
