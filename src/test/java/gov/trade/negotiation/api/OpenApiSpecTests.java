package gov.trade.negotiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import gov.trade.negotiation.problem.ProblemType;
import gov.trade.negotiation.web.Http;

/**
 * The OpenAPI description as clients get it: written to {@code target/openapi.json}, where {@code .ci/run} lints it
 * with Redocly's recommended rules, and checked here for what the lint cannot know: info from the build, HTTP Basic,
 * problem bodies with the project's types on every error, no catch-all path, and type pages that exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:openApiSpecTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiSpecTests {

    static final Path SPEC = Path.of("target", "openapi.json");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @LocalServerPort
    int port;

    private JsonNode spec;

    @BeforeAll
    void writeTheSpec() throws Exception {
        String body = new Http(port).get("jp-desk", "/v3/api-docs").body();
        spec = json.readTree(body);
        Files.createDirectories(SPEC.getParent());
        Files.writeString(SPEC, json.writeValueAsString(spec));
    }

    @Test
    void shouldTakeTitleVersionLicenceAndContactFromTheBuild() throws Exception {
        JsonNode info = spec.path("info");

        assertThat(info.path("title").asText()).isEqualTo("Trade agreement negotiation workflow");
        assertThat(info.path("version").asText()).isEqualTo(versionInPom());
        assertThat(info.path("description").asText()).contains("negotiations");
        assertThat(info.path("license").path("name").asText()).contains("public domain");
        assertThat(info.path("license").path("url").asText()).startsWith("https://");
        assertThat(info.path("contact").path("name").asText()).contains("Department of State");
    }

    @Test
    void shouldDeclareHttpBasicAsTheOneSchemeForEveryOperation() {
        JsonNode schemes = spec.path("components").path("securitySchemes");

        assertThat(schemes.size()).isEqualTo(1);
        assertThat(schemes.path("basicAuth").path("type").asText()).isEqualTo("http");
        assertThat(schemes.path("basicAuth").path("scheme").asText()).isEqualTo("basic");
        assertThat(spec.path("security").toString()).isEqualTo("[{\"basicAuth\":[]}]");
    }

    @Test
    void shouldDescribeEveryOperationWithSummaryDescriptionTagAndProblemErrors() {
        List<String> operations = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            JsonNode operation = method.getValue();
            assertThat(operation.path("summary").asText()).as(name).isNotBlank();
            assertThat(operation.path("description").asText()).as(name).isNotBlank();
            assertThat(operation.path("tags")).as(name).hasSize(1);
            assertThat(operation.path("responses").path("401").path("$ref").asText()).as(name)
                    .isEqualTo("#/components/responses/Unauthorized");
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue().path("$ref").asText()).as(name + " " + response.getKey())
                            .startsWith("#/components/responses/");
                }
            });
        }));

        assertThat(operations).contains("GET /api/meetings", "GET /api/tracks", "GET /api/tasks",
                "POST /api/tasks/{taskId}/complete", "PUT /api/meetings/{nation}/{number}");
        assertThat(operations).noneMatch(operation -> operation.contains("**"));
    }

    @Test
    void shouldDocumentEachProblemTypeAsAProblemJsonBodyWhosePageExists() {
        JsonNode responses = spec.path("components").path("responses");
        Http http = new Http(port);

        for (ProblemType type : ProblemType.values()) {
            JsonNode example = responses.path(ApiErrors.responseName(type)).path("content")
                    .path("application/problem+json").path("examples").path(type.typeName()).path("value");
            assertThat(example.path("type").asText()).as(type.name()).isEqualTo("/problems/" + type.typeName());
            assertThat(example.path("status").asInt()).isEqualTo(type.status().value());
            var page = http.page(null, example.path("type").asText());
            assertThat(page.statusCode()).as("page of " + type).isEqualTo(200);
            assertThat(page.body()).contains(type.title()).contains(String.valueOf(type.status().value()));
        }
    }

    @Test
    void shouldAnswerWithTheDocumentedTypesForRealErrors() throws Exception {
        Http http = new Http(port);
        Map<String, Integer> expected = Map.of(
                "/api/tasks?size=100000", 400,
                "/api/tracks/JP-NOTHING", 404,
                "/api/meetings?nation=JP", 403);

        for (var call : expected.entrySet()) {
            var response = http.get("kr-desk", call.getKey());
            JsonNode problem = json.readTree(response.body());
            assertThat(response.statusCode()).as(call.getKey()).isEqualTo(call.getValue());
            assertThat(problem.path("type").asText()).as(call.getKey())
                    .isEqualTo("/problems/" + typeFor(call.getValue()).typeName());
        }
        var anonymous = http.get(null, "/api/tasks");
        assertThat(json.readTree(anonymous.body()).path("type").asText()).isEqualTo("/problems/unauthorized");
    }

    /** The project's own version in pom.xml (the first one after its artifactId). */
    private static String versionInPom() throws Exception {
        Matcher version = Pattern.compile("<artifactId>negotiation</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    private static ProblemType typeFor(int status) {
        for (ProblemType type : ProblemType.values()) {
            if (type.status().value() == status) {
                return type;
            }
        }
        throw new IllegalArgumentException(String.valueOf(status));
    }
}
