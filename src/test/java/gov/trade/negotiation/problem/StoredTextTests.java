package gov.trade.negotiation.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.web.Http;

/**
 * Free text is checked against where it is stored: at most 4,000 characters for what becomes a process variable
 * (the engine's varchar(4000)), no NUL character anywhere (PostgreSQL cannot store it); each is a 400 naming the
 * field, and nothing is stored. An unexpected failure is a 500 without internal text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:securityTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredTextTests {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @LocalServerPort
    int port;

    private Http http;

    @BeforeAll
    void startProgram() {
        ProgramJobs.kickoff(programs, managementService);
        http = new Http(port);
    }

    @Test
    void shouldRefuseMinutesOverFourThousandCharactersNamingTheFieldAndAcceptFourThousand() throws Exception {
        String task = recordMinutesTask("NL");

        HttpResponse tooLong = complete(task, Map.of("minutes", "m".repeat(4_001)));
        HttpResponse withNul = complete(task, Map.of("minutes", "Agreed\u0000", "comment", "ok"));
        HttpResponse itemsTooLong = complete(task, Map.of("minutes", "Agreed", "actionItems", List.of(
                Map.of("trackId", "NL-ENERGY", "text", "a".repeat(2_500)),
                Map.of("trackId", "NL-SEMICONDUCTORS", "text", "b".repeat(2_500)))));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("errors").path("minutes").asText()).contains("4000");
        assertThat(withNul.status()).isEqualTo(400);
        assertThat(withNul.body().path("errors").path("minutes").asText()).contains("NUL");
        assertThat(itemsTooLong.status()).isEqualTo(400);
        assertThat(itemsTooLong.body().path("errors").has("actionItems")).isTrue();
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);

        assertThat(complete(task, Map.of("minutes", "m".repeat(4_000))).status()).isEqualTo(204);
    }

    @Test
    void shouldRefuseANulCharacterInDraftsNotesAndComments() throws Exception {
        var content = http.postJson("au-desk", "/api/tracks/AU-SEMICONDUCTORS/drafts",
                json.writeValueAsString(Map.of("content", "Article 1\u0000")));
        var note = http.postJson("au-desk", "/api/tracks/AU-SEMICONDUCTORS/drafts",
                json.writeValueAsString(Map.of("content", "Article 1", "note", "v1\u0000")));
        var stored = http.postJson("au-desk", "/api/tracks/AU-SEMICONDUCTORS/drafts",
                json.writeValueAsString(Map.of("content", "Article 1")));
        var comment = http.postJson("au-desk", "/api/tracks/AU-SEMICONDUCTORS/drafts/1/comments",
                json.writeValueAsString(Map.of("text", "\u0000")));

        assertThat(content.statusCode()).isEqualTo(400);
        assertThat(json.readTree(content.body()).path("errors").path("content").asText()).contains("NUL");
        assertThat(json.readTree(note.body()).path("errors").has("note")).isTrue();
        assertThat(stored.statusCode()).isEqualTo(201);
        assertThat(json.readTree(stored.body()).path("number").asInt()).isEqualTo(1);
        assertThat(comment.statusCode()).isEqualTo(400);
        assertThat(json.readTree(comment.body()).path("errors").path("text").asText()).contains("NUL");
    }

    @Test
    void shouldAnswerAnUnexpectedFailureWithoutInternalText() throws Exception {
        var problem = new ApiProblemHandler().unexpected(
                new IllegalStateException("ERROR: value too long for type character varying(4000) in ACT_RU_VARIABLE"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getType().toString()).endsWith("/internal-error");
        assertThat(problem.getDetail()).doesNotContain("ACT_RU_VARIABLE").doesNotContain("varying")
                .contains(String.valueOf(problem.getProperties().get("reference")));
    }

    private record HttpResponse(int status, JsonNode body) {
    }

    private HttpResponse complete(String task, Map<String, Object> form) throws Exception {
        var response = http.postJson("nl-desk", "/api/tasks/" + task + "/complete", json.writeValueAsString(form));
        return new HttpResponse(response.statusCode(),
                response.body().isBlank() ? json.nullNode() : json.readTree(response.body()));
    }

    /** Runs the nation's meeting series up to "Record minutes": the scheduling window, the desk's scheduling, the meeting. */
    private String recordMinutesTask(String nation) throws Exception {
        String series = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(MeetingProcess.seriesKey(nation)).singleResult().getId();
        executeTimer(series, MeetingProcess.TIMER_SCHEDULING_WINDOW);
        Task schedule = taskService.createTaskQuery().processInstanceId(series)
                .taskDefinitionKey(MeetingProcess.USER_TASK_SCHEDULE_MEETING).singleResult();
        assertThat(http.postJson("nl-desk", "/api/tasks/" + schedule.getId() + "/complete",
                json.writeValueAsString(Map.of("place", "The Hague"))).statusCode()).isEqualTo(204);
        executeTimer(series, MeetingProcess.TIMER_MEETING_TIME);
        return taskService.createTaskQuery().processInstanceId(series)
                .taskDefinitionKey(MeetingProcess.USER_TASK_RECORD_MINUTES).singleResult().getId();
    }

    private void executeTimer(String processInstanceId, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .singleResult();
        managementService.executeJob(job.getId());
    }
}
