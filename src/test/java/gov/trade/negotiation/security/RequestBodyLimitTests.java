package gov.trade.negotiation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.drafts.Drafts;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;

/** Bodies over {@code negotiation.api.max-body-size} (3MB) get 413 before anyone parses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:securityTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitTests {

    private static final int SIX_MB = 6 * 1024 * 1024;
    private static final String DRAFTS = "/api/tracks/JP-SEMICONDUCTORS/drafts";

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;

    @Autowired
    ManagementService managementService;

    @LocalServerPort
    int port;

    @BeforeAll
    void startProgram() {
        ProgramJobs.kickoff(programs, managementService);
    }

    @Test
    void shouldRefuseASixMegabyteJsonBodyWith413() throws Exception {
        String body = json.writeValueAsString(Map.of("content", "x".repeat(SIX_MB)));

        HttpResponse<String> response = post("jp-desk", DRAFTS, HttpRequest.BodyPublishers.ofString(body));

        assertTooLarge(response);
    }

    @Test
    void shouldRefuseItBeforeSigningIn() throws Exception {
        String body = json.writeValueAsString(Map.of("content", "x".repeat(SIX_MB)));

        assertTooLarge(post(null, DRAFTS, HttpRequest.BodyPublishers.ofString(body)));
        assertTooLarge(post(null, "/engine-rest/task", HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void shouldRefuseItBeforeParsingIt() throws Exception {
        String notJson = "{\"content\": " + "]".repeat(SIX_MB);

        assertTooLarge(post("jp-desk", DRAFTS, HttpRequest.BodyPublishers.ofString(notJson)));
        assertThat(post("jp-desk", DRAFTS, HttpRequest.BodyPublishers.ofString("{\"content\": ]")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldCountAChunkedBodyWithoutALength() throws Exception {
        byte[] body = json.writeValueAsBytes(Map.of("content", "x".repeat(SIX_MB)));

        HttpResponse<String> response = post("jp-desk", DRAFTS,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertTooLarge(response);
    }

    @Test
    void shouldAcceptAMebibyteDraftEscapedAsJson() throws Exception {
        String text = ("\"".repeat(63) + "\n").repeat(Drafts.MAX_BYTES / 64);
        String body = json.writeValueAsString(Map.of("content", text));
        assertThat(body.length()).isGreaterThan(2 * 1024 * 1024);

        HttpResponse<String> response = post("jp-desk", DRAFTS, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> chunked = post("jp-desk", DRAFTS, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(201);
    }

    private static void assertTooLarge(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(new ObjectMapper().readTree(response.body()).path("type").asText()).endsWith("/too-large");
    }

    private HttpResponse<String> post(String user, String path, BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(body);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
