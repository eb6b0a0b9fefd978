package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.drafts.DraftTexts;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.track.TrackProcess;

/**
 * Every endpoint for every role, from one table: the JSON API, the pages, the engine's REST API and the Camunda
 * webapps enforce the same rules. Within a row the roles that may act come last, so a refused request always
 * meets the task untouched; a successful claim is undone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:authorizationMatrixTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@AutoConfigureObservability(tracing = false) // the Prometheus endpoint, which tests leave out by default
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    enum Role {
        ANONYMOUS(null), DESK_OF_NATION_B("kr-desk"), AREA_LEAD("minerals-lead"), LEGAL("legal"),
        INTERAGENCY("interagency"), MANAGER("pm"), PRINCIPAL("usec"), ADMIN("admin"), DESK_OF_NATION_A("jp-desk");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    /** One endpoint: how to call it, what each role gets, and how to undo a success. */
    record Row(String method, String name, Function<AuthorizationMatrixTests, String> path, String body,
            Map<Role, Integer> expected, boolean undoClaim, boolean isPage) {
    }

    private static final String TRACK = "/api/tracks/JP-CRITICAL_MINERALS";
    private static final String PAGE = "/tracks/JP-CRITICAL_MINERALS";

    static final List<Row> TABLE = List.of(
            api("GET", "/api/tasks", t -> "/api/tasks", null, all(200)),
            api("GET", "/api/tracks", t -> "/api/tracks", null, all(200)),
            api("GET", TRACK, t -> TRACK, null, readers(200)),
            api("GET", TRACK + "/drafts", t -> TRACK + "/drafts", null, readers(200)),
            api("POST", TRACK + "/drafts", t -> TRACK + "/drafts", "{\"content\": \"Article 1\", \"note\": \"matrix\"}",
                    only(201, Role.DESK_OF_NATION_A, Role.AREA_LEAD, Role.LEGAL, Role.INTERAGENCY)),
            api("GET", "/api/tasks/{JP-CRITICAL_MINERALS drafting}",
                    t -> "/api/tasks/" + t.draftTask("JP-CRITICAL_MINERALS"), null, readers(200)),
            new Row("POST", "/api/tasks/{JP-SEMICONDUCTORS drafting}/claim",
                    t -> "/api/tasks/" + t.draftTask("JP-SEMICONDUCTORS") + "/claim", null,
                    withAnonymous(only(200, Role.DESK_OF_NATION_A), 401), true, false),
            api("POST", "/api/tasks/{JP-ENERGY drafting}/complete",
                    t -> "/api/tasks/" + t.draftTask("JP-ENERGY") + "/complete", "{}", only(204, Role.DESK_OF_NATION_A)),
            api("POST", "/api/tasks/{KR-ENERGY drafting}/complete",
                    t -> "/api/tasks/" + t.draftTask("KR-ENERGY") + "/complete", "{}", only(204, Role.DESK_OF_NATION_B)),
            api("POST", "/api/program", t -> "/api/program", null, only(200, Role.ADMIN)),
            api("POST", "/api/program/failures/{no failure}/retry", t -> "/api/program/failures/none/retry", null,
                    only(404, Role.ADMIN)),
            page("/program", t -> "/program", all(200)),
            api("GET", "/api/program", t -> "/api/program", null, all(200)),
            api("GET", TRACK + "/drafts/diff", t -> TRACK + "/drafts/diff?from=1&to=2", null, readers(200)),
            api("GET", TRACK + "/drafts/1/comments", t -> TRACK + "/drafts/1/comments", null, readers(200)),
            api("POST", TRACK + "/drafts/1/comments", t -> TRACK + "/drafts/1/comments", "{\"text\": \"matrix\"}",
                    readers(201)),
            // No meeting is scheduled yet: those who may change one get 409, everyone else 403 first.
            api("PUT", "/api/meetings/JP/1", t -> "/api/meetings/JP/1", "{\"start\": \"2026-02-06T10:00:00-05:00\"}",
                    only(409, Role.DESK_OF_NATION_A, Role.MANAGER, Role.ADMIN)),
            api("DELETE", "/api/meetings/JP/1", t -> "/api/meetings/JP/1", null,
                    only(409, Role.DESK_OF_NATION_A, Role.MANAGER, Role.ADMIN)),
            api("GET", "/api/notifications", t -> "/api/notifications", null, only(200, Role.ADMIN)),
            api("GET", "/engine-rest/task", t -> "/engine-rest/task", null, only(200, Role.ADMIN)),
            api("POST", "/engine-rest/task/{JP-ADVANCED_MANUFACTURING drafting}/complete",
                    t -> "/engine-rest/task/" + t.draftTask("JP-ADVANCED_MANUFACTURING") + "/complete", "{}",
                    only(204, Role.ADMIN)),
            api("POST", "/api/tracks/{a running logistics track}/withdraw",
                    t -> "/api/tracks/" + t.runningLogisticsTrack() + "/withdraw", "{\"reason\": \"matrix\"}",
                    only(204, Role.MANAGER, Role.ADMIN)),
            api("GET", "/api/dashboard", t -> "/api/dashboard", null, dashboardViewers(200)),
            api("GET", "/api/dashboard?nation=JP", t -> "/api/dashboard?nation=JP", null,
                    only(200, Role.DESK_OF_NATION_A, Role.MANAGER, Role.PRINCIPAL, Role.ADMIN)),
            api("GET", "/api/meetings", t -> "/api/meetings", null, all(200)),
            api("GET", "/api/meetings?nation=JP", t -> "/api/meetings?nation=JP", null,
                    only(200, Role.DESK_OF_NATION_A, Role.MANAGER, Role.PRINCIPAL, Role.ADMIN)),
            api("GET", "/api/tracks?size=501", t -> "/api/tracks?size=501", null, all(400)),
            page("/meetings", t -> "/meetings", all(200)),
            page("/meetings?nation=JP", t -> "/meetings?nation=JP",
                    only(200, Role.DESK_OF_NATION_A, Role.MANAGER, Role.PRINCIPAL, Role.ADMIN)),
            // No meeting is scheduled yet: those who may move one get 409, everyone else 403 first.
            form("/meetings/JP/1/move", t -> "/meetings/JP/1/move", "start=2026-02-06T10:00",
                    only(409, Role.DESK_OF_NATION_A, Role.MANAGER, Role.ADMIN)),
            new Row("GET", "/problems", t -> "/problems", null, all(200), false, true),
            new Row("GET", "/problems/forbidden", t -> "/problems/forbidden", null, all(200), false, true),
            new Row("GET", "/problems/no-such-problem", t -> "/problems/no-such-problem", null, all(404), false, true),
            page("/dashboard", t -> "/dashboard", dashboardViewers(200)),
            page("/dashboard/live", t -> "/dashboard/live", dashboardViewers(200)),
            page("/dashboard/matrix.csv", t -> "/dashboard/matrix.csv", dashboardViewers(200)),
            page("/inbox", t -> "/inbox", all(200)),
            page(PAGE, t -> PAGE, readers(200)),
            page("/tasks/{JP-CRITICAL_MINERALS drafting}", t -> "/tasks/" + t.draftTask("JP-CRITICAL_MINERALS"),
                    readers(200)),
            page("/camunda/app/cockpit/default/", t -> "/camunda/app/cockpit/default/", only(200, Role.ADMIN)),
            api("GET", "/camunda/api/engine/engine/default/task/count",
                    t -> "/camunda/api/engine/engine/default/task/count", null, only(200, Role.ADMIN)),
            page("/swagger-ui/index.html", t -> "/swagger-ui/index.html", all(200)),
            new Row("GET", "/actuator/health", t -> "/actuator/health", null, all(200), false, false),
            new Row("GET", "/actuator/health/readiness", t -> "/actuator/health/readiness", null, all(200), false,
                    false),
            api("GET", "/actuator/prometheus", t -> "/actuator/prometheus", null, only(200, Role.ADMIN)));

    @Autowired
    ProgramService programs;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @LocalServerPort
    int port;

    @Autowired
    DraftTexts texts;

    @BeforeAll
    void startProgramWithTwoDraftVersions() {
        ProgramJobs.kickoff(programs, managementService);
        // drafting completes only with a draft version
        texts.addVersion("JP-ENERGY", "jp-desk", "Article 1", null);
        texts.addVersion("KR-ENERGY", "kr-desk", "Article 1", null);
        texts.addVersion("JP-CRITICAL_MINERALS", "jp-desk", "Article 1\nOld text", "first");
        texts.addVersion("JP-CRITICAL_MINERALS", "jp-desk", "Article 1\nNew text", "second");
    }

    /** GET /api/program lists the tracks the caller may read, exactly as GET /api/tracks does. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "ANONYMOUS", mode = EnumSource.Mode.EXCLUDE)
    void shouldListOnlyReadableTracksInTheProgram(Role role) throws Exception {
        Http http = new Http(port);
        ObjectMapper json = new ObjectMapper();

        List<String> inProgram = ids(json.readTree(http.get(role.user, "/api/program").body()).path("tracks"));
        List<String> readable = ids(json.readTree(http.get(role.user, "/api/tracks").body()));

        assertThat(inProgram).isEqualTo(readable).isNotEmpty();
        int expected = switch (role) {
            case DESK_OF_NATION_A, DESK_OF_NATION_B -> 6;
            case AREA_LEAD -> 8;
            default -> 48;
        };
        assertThat(inProgram).hasSize(expected);
    }

    /** The agenda on a track page lists the nation's tracks, but only those the reader may read. */
    @Test
    void shouldShowAnAreaLeadOnlyTheirAreasTracksInTheMeetingAgenda() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingProcess.seriesKey("JP")).list()
                .forEach(series -> managementService.createJobQuery().processInstanceId(series.getId()).list()
                        .forEach(job -> managementService.executeJob(job.getId())));
        Http http = new Http(port);

        String lead = http.page(Role.AREA_LEAD.user, PAGE).body();
        String desk = http.page(Role.DESK_OF_NATION_A.user, PAGE).body();

        assertThat(desk).contains("JP-CRITICAL_MINERALS: drafting").contains("JP-ENERGY: ");
        assertThat(lead).contains("JP-CRITICAL_MINERALS: drafting").doesNotContain("JP-ENERGY");
    }

    private static List<String> ids(JsonNode tracks) {
        List<String> ids = new ArrayList<>();
        tracks.forEach(track -> ids.add(track.path("id").asText()));
        return ids;
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : TABLE) {
            row.expected().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Role, Integer> cell) -> cell.getValue() < 400)
                            .thenComparing(Map.Entry::getKey))
                    .forEach(cell -> cells.add(Arguments.of(row.method() + " " + row.name(), cell.getKey(),
                            cell.getValue(), row)));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void shouldAnswerEveryRoleAsTheTableSays(String endpoint, Role role, int expectedStatus, Row row) {
        Http http = new Http(port);
        String path = row.path().apply(this);
        HttpResponse<String> response = row.isPage() ? ("POST".equals(row.method())
                ? http.formPost(role.user, path, row.body()) : http.page(role.user, path)) : switch (row.method()) {
            case "GET" -> http.get(role.user, path);
            case "PUT" -> http.putJson(role.user, path, row.body());
            case "DELETE" -> http.delete(role.user, path);
            default -> http.postJson(role.user, path, row.body());
        };

        assertThat(response.statusCode()).as("%s as %s: %s", endpoint, role, response.body()).isEqualTo(expectedStatus);
        if (expectedStatus >= 400 && (path.startsWith("/api/") || path.startsWith("/actuator/"))) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        }
        if (row.undoClaim() && expectedStatus == 200) {
            taskService.setAssignee(path.split("/")[3], null);
        }
    }

    /** A track still running, so each manager who withdraws one withdraws another (the administrator is a manager). */
    private String runningLogisticsTrack() {
        return List.of("JP", "KR", "AU", "GB").stream().map(nation -> nation + "-TRANSPORTATION_LOGISTICS")
                .filter(track -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(track).count() > 0)
                .findFirst().orElseThrow();
    }

    private String draftTask(String trackId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(trackId)
                .taskDefinitionKey(TrackProcess.USER_TASK_DRAFT_TEXT).singleResult().getId();
    }

    private static Row api(String method, String name, Function<AuthorizationMatrixTests, String> path, String body,
            Map<Role, Integer> expected) {
        return new Row(method, name, path, body, withAnonymous(expected, 401), false, false);
    }

    /** Pages send anonymous visitors to the sign-in form. */
    private static Row page(String name, Function<AuthorizationMatrixTests, String> path, Map<Role, Integer> expected) {
        return new Row("GET", name, path, null, withAnonymous(expected, 302), false, true);
    }

    /** A page's form, posted with the session and CSRF token a browser has; anonymous visitors have neither. */
    private static Row form(String name, Function<AuthorizationMatrixTests, String> path, String body,
            Map<Role, Integer> expected) {
        return new Row("POST", name, path, body, withAnonymous(expected, 403), false, true);
    }

    private static Map<Role, Integer> all(int status) {
        Map<Role, Integer> expected = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            expected.put(role, status);
        }
        return expected;
    }

    /** The track's readers: its desk and area lead, legal, interagency, managers, principal, admin. */
    private static Map<Role, Integer> readers(int status) {
        Map<Role, Integer> expected = all(status);
        expected.put(Role.DESK_OF_NATION_B, 403);
        return expected;
    }

    /** The dashboard: managers, principal, admin whole; a desk its row, an area lead its column; reviewers none. */
    private static Map<Role, Integer> dashboardViewers(int status) {
        Map<Role, Integer> expected = all(status);
        expected.put(Role.LEGAL, 403);
        expected.put(Role.INTERAGENCY, 403);
        return expected;
    }

    private static Map<Role, Integer> only(int status, Role... allowed) {
        Map<Role, Integer> expected = all(403);
        for (Role role : allowed) {
            expected.put(role, status);
        }
        return expected;
    }

    private static Map<Role, Integer> withAnonymous(Map<Role, Integer> expected, int anonymousStatus) {
        Map<Role, Integer> copy = new LinkedHashMap<>(expected);
        copy.put(Role.ANONYMOUS, anonymousStatus);
        return copy;
    }
}
