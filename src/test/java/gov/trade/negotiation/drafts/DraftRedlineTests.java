package gov.trade.negotiation.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.web.Http;

/** Redlines through the API: bounded in time, answered clearly when too complex, computed once per pair. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:draftRedlineTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftRedlineTests {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private Http http;

    @BeforeAll
    void startProgram() {
        ProgramJobs.kickoff(programs, managementService);
        http = new Http(port);
    }

    @Test
    void shouldAnswerTheRedlineOfTwoMebibyteDraftsWithoutACommonLineWithinFiveSeconds() throws Exception {
        String before = RedlineTests.text("Old article", Drafts.MAX_BYTES);
        String after = RedlineTests.text("New article", Drafts.MAX_BYTES);
        addDraft("JP-ENERGY", before);
        addDraft("JP-ENERGY", after);

        long started = System.nanoTime();
        HttpResponse<String> response = http.get("jp-desk", "/api/tracks/JP-ENERGY/drafts/diff?from=1&to=2");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
        assertThat(response.statusCode()).as(response.body().substring(0, 200)).isEqualTo(200);
        JsonNode lines = json.readTree(response.body()).path("lines");
        assertThat(lines.size()).isEqualTo((int) (before.lines().count() + after.lines().count()));
        assertThat(lines.get(0).path("change").asText()).isEqualTo("REMOVED");
        assertThat(lines.get(lines.size() - 1).path("change").asText()).isEqualTo("ADDED");
        assertThat(stored("JP-ENERGY")).containsEntry("OUTCOME", "DONE");
        assertThat(http.get("kr-desk", "/api/tracks/JP-ENERGY/drafts/diff?from=1&to=2").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAnswerAClearProblemWhenTheRedlineTakesTooLongAndNotTryAgain() throws Exception {
        List<String> lines = IntStream.range(0, 30_000).mapToObj(i -> "Clause " + i).toList();
        List<String> reversed = new ArrayList<>(lines);
        Collections.reverse(reversed);
        addDraft("GB-ENERGY", String.join("\n", lines));
        addDraft("GB-ENERGY", String.join("\n", reversed));

        HttpResponse<String> response = http.get("gb-desk", "/api/tracks/GB-ENERGY/drafts/diff?from=1&to=2");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).endsWith("/redline-too-complex");
        assertThat(problem.path("detail").asText()).contains("side by side").contains("/tracks/GB-ENERGY/drafts/1");
        assertThat(stored("GB-ENERGY")).containsEntry("OUTCOME", "TOO_COMPLEX");

        HttpResponse<String> again = http.get("legal", "/api/tracks/GB-ENERGY/drafts/diff?from=1&to=2");
        HttpResponse<String> page = http.page("gb-desk", "/tracks/GB-ENERGY/redline?from=1&to=2");

        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from draft_redline where track_id = 'GB-ENERGY'",
                Integer.class)).isEqualTo(1);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("side by side").contains("/tracks/GB-ENERGY/drafts/2");
    }

    private void addDraft(String track, String content) throws Exception {
        String body = json.writeValueAsString(Map.of("content", content));
        HttpResponse<String> response = http.postJson(track.substring(0, 2).toLowerCase() + "-desk",
                "/api/tracks/" + track + "/drafts", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private Map<String, Object> stored(String track) {
        return jdbc.queryForMap("select outcome from draft_redline where track_id = ?", track);
    }
}
