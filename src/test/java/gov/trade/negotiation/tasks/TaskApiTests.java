package gov.trade.negotiation.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.drafts.Drafts;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.web.Http;

/** Staff acting through the JSON API: the happy paths and every kind of bad input, which changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:taskApiTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskApiTests {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;
    @Autowired
    ManagementService managementService;
    @Autowired
    NegotiationProperties config;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    private Http http;

    @BeforeAll
    void startProgramAndASecondJapanDeskOfficer() {
        ProgramJobs.kickoff(programs, managementService);
        http = new Http(port);
        User second = identityService.newUser("jp-desk-2");
        second.setPassword("demo");
        identityService.saveUser(second);
        identityService.createMembership("jp-desk-2", "desk-jp");
    }

    @Test
    void shouldListOnlyMyGroupsTasksFilteredAndSortedByDueDate() throws Exception {
        JsonNode all = body(http.get("jp-desk", "/api/tasks"));
        JsonNode energy = body(http.get("jp-desk", "/api/tasks?area=ENERGY"));
        JsonNode reviews = body(http.get("legal", "/api/tasks?stage=INTERNAL_REVIEW"));
        JsonNode overdue = body(http.get("jp-desk", "/api/tasks?overdue=true"));

        assertThat(all).isNotEmpty().allSatisfy(task -> {
            assertThat(task.path("nation").asText()).isEqualTo("JP");
            assertThat(task.path("candidateGroups").toString()).contains("desk-jp");
        });
        List<String> due = new ArrayList<>();
        all.forEach(task -> due.add(task.path("due").asText()));
        assertThat(due).isSorted();
        assertThat(energy).allSatisfy(task -> assertThat(task.path("area").asText()).isEqualTo("ENERGY"));
        assertThat(reviews).allSatisfy(task -> assertThat(task.path("stage").asText()).isEqualTo("INTERNAL_REVIEW"));
        assertThat(overdue).isEmpty();
        assertThat(http.get("jp-desk", "/api/tasks?stage=NOPE").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldAnswer409WhenATaskIsCompletedTwice() throws Exception {
        String task = draftTask("JP-AI_INFRASTRUCTURE");
        post("jp-desk", "/api/tracks/JP-AI_INFRASTRUCTURE/drafts", "{\"content\": \"Article 1\"}");
        assertThat(http.postJson("jp-desk", "/api/tasks/" + task + "/complete", "{}").statusCode()).isEqualTo(204);
        long openTasks = taskService.createTaskQuery().count();

        HttpResponse<String> again = http.postJson("jp-desk", "/api/tasks/" + task + "/complete", "{}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).path("type").asText()).endsWith("/conflict");
        assertThat(taskService.createTaskQuery().count()).isEqualTo(openTasks);
    }

    @Test
    void shouldLetExactlyOneOfTwoUsersCompletingAtTheSameMomentSucceed() throws Exception {
        for (String track : List.of("JP-TRANSPORTATION_LOGISTICS", "JP-SEMICONDUCTORS", "JP-CRITICAL_MINERALS")) {
            String task = draftTask(track);
            post("jp-desk", "/api/tracks/" + track + "/drafts", "{\"content\": \"Article 1\"}");
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> first = pool.submit(() -> { go.await(); return completeAs("jp-desk", task); });
                Future<Integer> second = pool.submit(() -> { go.await(); return completeAs("jp-desk-2", task); });
                go.countDown();

                assertThat(List.of(first.get(), second.get())).as(track).containsExactlyInAnyOrder(204, 409);
            } finally {
                pool.shutdownNow();
            }
            assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).singleResult().getEndTime()).isNotNull();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(track)
                    .taskDefinitionKey(TrackProcess.USER_TASK_LEGAL_REVIEW).count()).as(track).isEqualTo(1);
        }
    }

    @Test
    void shouldAnswer404ForUnknownTasksAndTracks() throws Exception {
        HttpResponse<String> task = http.get("jp-desk", "/api/tasks/no-such-task");
        HttpResponse<String> track = http.get("jp-desk", "/api/tracks/JP-UNDERWATER_BASKETS");
        HttpResponse<String> notATrack = http.get("jp-desk", "/api/tracks/nonsense");

        HttpResponse<String> noSuchResource = http.get("jp-desk", "/api/no-such-thing");

        assertThat(List.of(task.statusCode(), track.statusCode(), notATrack.statusCode(), noSuchResource.statusCode()))
                .containsOnly(404);
        assertThat(body(task).path("type").asText()).endsWith("/not-found");
        assertThat(noSuchResource.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void shouldNameTheMissingDecisionAndTheMissingReasonAndChangeNothing() throws Exception {
        String task = reviewTask("KR-SEMICONDUCTORS");

        HttpResponse<String> noDecision = http.postJson("legal", "/api/tasks/" + task + "/complete", "{}");
        HttpResponse<String> noReason = http.postJson("legal", "/api/tasks/" + task + "/complete",
                "{\"decision\": \"REQUEST_CHANGES\"}");
        HttpResponse<String> unknownDecision = http.postJson("legal", "/api/tasks/" + task + "/complete",
                "{\"decision\": \"MAYBE\"}");

        assertThat(noDecision.statusCode()).isEqualTo(400);
        assertThat(body(noDecision).path("errors").has("decision")).isTrue();
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).path("errors").path("comment").asText()).contains("reason");
        assertThat(body(unknownDecision).path("errors").path("decision").asText()).contains("APPROVE");
        Task unchanged = taskService.createTaskQuery().taskId(task).singleResult();
        assertThat(unchanged).isNotNull();
        assertThat(unchanged.getAssignee()).isNull();
    }

    @Test
    void shouldReturnToDraftingWithTheReasonShownOnTheTimeline() throws Exception {
        String task = reviewTask("AU-ENERGY");

        assertThat(http.postJson("legal", "/api/tasks/" + task + "/complete",
                "{\"decision\": \"REQUEST_CHANGES\", \"comment\": \"Article 4 conflicts with export law\"}").statusCode())
                .isEqualTo(204);

        JsonNode timeline = body(http.get("au-desk", "/api/tracks/AU-ENERGY")).path("timeline");
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.path("who").asText()).isEqualTo("legal");
            assertThat(entry.path("decision").asText()).isEqualTo("REQUEST_CHANGES");
            assertThat(entry.path("comment").asText()).isEqualTo("Article 4 conflicts with export law");
        });
    }

    @Test
    void shouldRefuseToCompleteDraftingWithoutATextAndChangeNothing() throws Exception {
        String task = draftTask("GB-ENERGY");

        HttpResponse<String> refused = http.postJson("gb-desk", "/api/tasks/" + task + "/complete", "{}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).path("errors").path("text").asText()).contains("no draft version yet");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void shouldStoreTheTextOfADraftingTaskAsTheNextVersionAndCompleteItInOneRequest() throws Exception {
        String drafting = draftTask("AE-ENERGY");
        JsonNode before = body(http.get("ae-desk", "/api/tasks/" + drafting));
        assertThat(before.path("form").path("kind").asText()).isEqualTo("DRAFTING");
        assertThat(before.path("form").path("fields").get(0).path("name").asText()).isEqualTo("text");
        assertThat(before.path("form").path("fields").get(0).path("type").asText()).isEqualTo("AGREEMENT_TEXT");
        assertThat(before.path("values").has("text")).as("no version to start from").isFalse();

        assertThat(http.postJson("ae-desk", "/api/tasks/" + drafting + "/complete", """
                {"text": "Article 1\\nThe parties cooperate on energy.", "note": "First draft", "comment": "For review"}
                """).statusCode()).isEqualTo(204);

        JsonNode versions = body(http.get("ae-desk", "/api/tracks/AE-ENERGY/drafts"));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("author").asText()).isEqualTo("ae-desk");
        assertThat(versions.get(0).path("note").asText()).isEqualTo("First draft");
        assertThat(body(http.get("ae-desk", "/api/tracks/AE-ENERGY/drafts/1")).path("content").asText())
                .isEqualTo("Article 1\nThe parties cooperate on energy.");
        String review = taskService.createTaskQuery().processInstanceBusinessKey("AE-ENERGY")
                .taskDefinitionKey(TrackProcess.USER_TASK_LEGAL_REVIEW).singleResult().getId();
        assertThat(http.postJson("legal", "/api/tasks/" + review + "/complete",
                "{\"decision\": \"REQUEST_CHANGES\", \"comment\": \"Name the grids\"}").statusCode()).isEqualTo(204);
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey("AE-ENERGY")
                .taskDefinitionKey(TrackProcess.USER_TASK_INTERAGENCY_REVIEW).singleResult().getId());

        String revision = taskService.createTaskQuery().processInstanceBusinessKey("AE-ENERGY")
                .taskDefinitionKey(TrackProcess.USER_TASK_REVISE_TEXT).singleResult().getId();
        JsonNode revise = body(http.get("ae-desk", "/api/tasks/" + revision));
        assertThat(revise.path("form").path("kind").asText()).isEqualTo("DRAFTING");
        assertThat(revise.path("values").path("text").asText()).isEqualTo("Article 1\nThe parties cooperate on energy.");
        assertThat(revise.path("context").toString()).contains("Legal: Name the grids",
                "Latest text: version 1 by ae-desk, not yet cleared");
        assertThat(http.postJson("ae-desk", "/api/tasks/" + revision + "/complete", """
                {"text": "Article 1\\nThe parties cooperate on energy and grids.", "note": "Grids named"}
                """).statusCode()).isEqualTo(204);

        assertThat(body(http.get("ae-desk", "/api/tracks/AE-ENERGY/drafts"))).hasSize(2);
        assertThat(body(http.get("ae-desk", "/api/tracks/AE-ENERGY/drafts/diff?from=1&to=2")).path("lines").toString())
                .contains("\"change\":\"ADDED\"", "energy and grids.");
    }

    @Test
    void shouldStoreNoVersionWhenTheDraftingFormIsRejected() throws Exception {
        String task = draftTask("AE-CRITICAL_MINERALS");

        HttpResponse<String> longNote = http.postJson("ae-desk", "/api/tasks/" + task + "/complete",
                json.writeValueAsString(java.util.Map.of("text", "Article 1", "note", "n".repeat(501))));
        HttpResponse<String> nul = http.postJson("ae-desk", "/api/tasks/" + task + "/complete",
                json.writeValueAsString(java.util.Map.of("text", "Article \u0000 1")));

        assertThat(longNote.statusCode()).isEqualTo(400);
        assertThat(body(longNote).path("errors").has("note")).isTrue();
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(body(nul).path("errors").has("text")).isTrue();
        assertThat(body(http.get("ae-desk", "/api/tracks/AE-CRITICAL_MINERALS/drafts"))).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void shouldKeepTheLatestVersionWhenTheTextComesBackUnchangedAndRefuseANoteWithoutNewText() throws Exception {
        String task = draftTask("AE-AI_INFRASTRUCTURE");
        post("ae-desk", "/api/tracks/AE-AI_INFRASTRUCTURE/drafts", "{\"content\": \"Article 1\"}");

        HttpResponse<String> noteAlone = http.postJson("ae-desk", "/api/tasks/" + task + "/complete",
                "{\"text\": \"Article 1\", \"note\": \"nothing changed\"}");
        HttpResponse<String> unchanged = http.postJson("ae-desk", "/api/tasks/" + task + "/complete",
                "{\"text\": \"Article 1\", \"comment\": \"As it is\"}");

        assertThat(noteAlone.statusCode()).isEqualTo(400);
        assertThat(body(noteAlone).path("errors").has("note")).isTrue();
        assertThat(unchanged.statusCode()).isEqualTo(204);
        assertThat(body(http.get("ae-desk", "/api/tracks/AE-AI_INFRASTRUCTURE/drafts"))).hasSize(1);
    }

    @Test
    void shouldStoreOnlyTheWinnersTextWhenTwoCompleteADraftingTaskAtOnce() throws Exception {
        String track = "AE-SEMICONDUCTORS";
        String task = draftTask(track);
        User second = identityService.newUser("ae-desk-2");
        second.setPassword("demo");
        identityService.saveUser(second);
        identityService.createMembership("ae-desk-2", "desk-ae");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses;
        try {
            Future<Integer> first = pool.submit(() -> { go.await(); return completeWithText("ae-desk", task, "A"); });
            Future<Integer> other = pool.submit(() -> { go.await(); return completeWithText("ae-desk-2", task, "B"); });
            go.countDown();
            statuses = List.of(first.get(), other.get());
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        String winner = statuses.get(0) == 204 ? "ae-desk" : "ae-desk-2";
        JsonNode versions = body(http.get("ae-desk", "/api/tracks/" + track + "/drafts"));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("author").asText()).isEqualTo(winner);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo(winner);
    }

    @Test
    void shouldClaimUnclaimAndRefuseAClaimOnATaskSomeoneElseHolds() throws Exception {
        String task = draftTask("JP-ADVANCED_MANUFACTURING");

        assertThat(body(http.postJson("jp-desk", "/api/tasks/" + task + "/claim", null)).path("assignee").asText())
                .isEqualTo("jp-desk");
        assertThat(http.postJson("jp-desk-2", "/api/tasks/" + task + "/claim", null).statusCode()).isEqualTo(409);
        assertThat(http.postJson("jp-desk-2", "/api/tasks/" + task + "/complete", "{}").statusCode()).isEqualTo(409);
        assertThat(http.postJson("jp-desk-2", "/api/tasks/" + task + "/unclaim", null).statusCode()).isEqualTo(403);
        assertThat(body(http.postJson("jp-desk", "/api/tasks/" + task + "/unclaim", null)).path("assignee").isNull())
                .isTrue();
    }

    @Test
    void shouldRefuseADraftOverOneMebibyteAndStoreNothing() throws Exception {
        String tooLong = "x".repeat(Drafts.MAX_BYTES + 1);
        HttpResponse<String> response = http.postJson("kr-desk", "/api/tracks/KR-ENERGY/drafts",
                json.writeValueAsString(new Object() { public final String content = tooLong; }));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(body(response).path("type").asText()).endsWith("/too-large");
        assertThat(body(http.get("kr-desk", "/api/tracks/KR-ENERGY/drafts"))).isEmpty();
        assertThat(http.postJson("kr-desk", "/api/tracks/KR-ENERGY/drafts", "{\"content\": \" \"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldVersionDraftsAndShowARedline() throws Exception {
        post("il-desk", "/api/tracks/IL-ENERGY/drafts", "{\"content\": \"Article 1\\nOld text\\nArticle 2\", \"note\": \"v1\"}");
        JsonNode second = body(http.postJson("legal", "/api/tracks/IL-ENERGY/drafts",
                "{\"content\": \"Article 1\\nNew text\\nArticle 2\", \"note\": \"legal edits\"}"));
        post("il-desk", "/api/tracks/IL-ENERGY/drafts/2/comments", "{\"text\": \"Agreed\"}");

        JsonNode redline = body(http.get("il-desk", "/api/tracks/IL-ENERGY/drafts/diff?from=1&to=2"));

        assertThat(second.path("number").asInt()).isEqualTo(2);
        assertThat(second.path("author").asText()).isEqualTo("legal");
        assertThat(redline.path("lines").toString())
                .contains("{\"change\":\"REMOVED\",\"oldNumber\":2,\"newNumber\":null,\"text\":\"Old text\"}")
                .contains("{\"change\":\"ADDED\",\"oldNumber\":null,\"newNumber\":2,\"text\":\"New text\"}");
        assertThat(body(http.get("il-desk", "/api/tracks/IL-ENERGY/drafts/2/comments")).get(0).path("text").asText())
                .isEqualTo("Agreed");
        assertThat(http.get("il-desk", "/api/tracks/IL-ENERGY/drafts/diff?from=1&to=9").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldShowScriptInDraftsAndCommentsAsText() throws Exception {
        String script = "<script>alert('x')</script>";
        post("sg-desk", "/api/tracks/SG-ENERGY/drafts", json.writeValueAsString(new Object() {
            public final String content = "Article 1 " + script;
        }));
        post("sg-desk", "/api/tracks/SG-ENERGY/drafts/1/comments", json.writeValueAsString(new Object() {
            public final String text = script;
        }));

        String page = http.page("sg-desk", "/tracks/SG-ENERGY/drafts/1").body();

        assertThat(page).doesNotContain(script).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void shouldShowTimesOnPagesInTheProgramsTimeZone() throws Exception {
        JsonNode version = body(http.postJson("nl-desk", "/api/tracks/NL-ENERGY/drafts", "{\"content\": \"Article 1\"}"));
        Instant created = Instant.parse(version.path("createdAt").asText());
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        String page = http.page("nl-desk", "/tracks/NL-ENERGY/drafts/1").body();

        assertThat(page).contains(minutes.format(created.atZone(config.kickoff().zone())));
        assertThat(config.kickoff().zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void shouldPublishTheApiAsOpenApi() throws Exception {
        JsonNode api = body(http.get("jp-desk", "/v3/api-docs"));

        assertThat(api.path("paths").has("/api/tasks/{taskId}/complete")).isTrue();
        assertThat(api.path("paths").has("/api/tracks/{trackId}/drafts/diff")).isTrue();
    }

    private int completeWithText(String user, String task, String article) {
        return http.postJson(user, "/api/tasks/" + task + "/complete",
                "{\"text\": \"Article 1 by " + user + " (" + article + ")\"}").statusCode();
    }

    private int completeAs(String user, String task) {
        return http.postJson(user, "/api/tasks/" + task + "/complete", "{}").statusCode();
    }

    private void post(String user, String path, String body) {
        HttpResponse<String> response = http.postJson(user, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String draftTask(String track) {
        return taskService.createTaskQuery().processInstanceBusinessKey(track)
                .taskDefinitionKey(TrackProcess.USER_TASK_DRAFT_TEXT).singleResult().getId();
    }

    private String reviewTask(String track) {
        taskService.complete(draftTask(track));
        return taskService.createTaskQuery().processInstanceBusinessKey(track)
                .taskDefinitionKey(TrackProcess.USER_TASK_LEGAL_REVIEW).singleResult().getId();
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }
}
