package gov.trade.negotiation.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

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

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.web.Http;

/**
 * {@code GET /api/meetings} on a real engine: a series walked through every status by the desk through the API
 * (schedule through the task form, move, hold, minutes, schedule again, call off), the scope of each role, and the
 * "Schedule meeting" form taking a date-time with an offset as well as a local one in the program's zone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:meetingApiTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingApiTests {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;
    @Autowired
    NegotiationProperties properties;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
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
    void shouldListEveryMeetingOfASeriesWithItsStatusAsTheDeskWorksThroughIt() throws Exception {
        JsonNode planned = only(meetings("jp-desk", "JP"));
        int first = planned.path("number").asInt();
        Instant plannedStart = Instant.parse(planned.path("plannedStart").asText());
        assertThat(planned.path("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.path("scheduledStart").isNull()).isTrue();
        assertThat(planned.path("invitationSequence").isNull()).isTrue();
        assertThat(plannedStart).isAfter(Instant.now());

        Instant chosen = plannedStart.plus(Duration.ofDays(1));
        assertThat(schedule("JP", "{\"place\": \"Tokyo\", \"meetingStart\": \"" + chosen + "\"}").statusCode())
                .isEqualTo(204);
        JsonNode scheduled = only(meetings("jp-desk", "JP"));
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.path("place").asText()).isEqualTo("Tokyo");
        assertThat(Instant.parse(scheduled.path("scheduledStart").asText())).isEqualTo(chosen);
        assertThat(Instant.parse(scheduled.path("plannedStart").asText())).isEqualTo(plannedStart);
        assertThat(scheduled.path("invitationSequence").asInt()).isZero();
        assertThat(scheduled.path("agenda").asText()).contains("JP-ENERGY");

        Instant moved = chosen.plus(Duration.ofHours(3));
        String offset = moved.atOffset(ZoneOffset.ofHours(-5)).toString();
        assertThat(http.putJson("jp-desk", "/api/meetings/JP/" + first, "{\"start\": \"" + offset + "\"}").statusCode())
                .isEqualTo(204);
        JsonNode rescheduled = only(meetings("jp-desk", "JP"));
        assertThat(Instant.parse(rescheduled.path("scheduledStart").asText())).isEqualTo(moved);
        assertThat(rescheduled.path("invitationSequence").asInt()).isEqualTo(1);

        fire(MeetingProcess.TIMER_MEETING_TIME, "JP");
        JsonNode held = only(meetings("jp-desk", "JP"));
        assertThat(held.path("status").asText()).isEqualTo("HELD");
        complete(task("JP", MeetingProcess.USER_TASK_RECORD_MINUTES), "{\"minutes\": \"Agreed next steps\"}");

        JsonNode afterMinutes = meetings("jp-desk", "JP");
        assertThat(afterMinutes).hasSize(2);
        assertThat(afterMinutes.get(0).path("status").asText()).isEqualTo("HELD");
        assertThat(afterMinutes.get(0).path("place").asText()).isEqualTo("Tokyo");
        JsonNode next = afterMinutes.get(1);
        assertThat(next.path("number").asInt()).isGreaterThan(first);
        assertThat(next.path("status").asText()).isEqualTo("PLANNED");
        assertThat(next.path("place").isNull()).as("a new meeting has no place until it is scheduled").isTrue();

        assertThat(schedule("JP", "{\"place\": \"Washington\"}").statusCode()).isEqualTo(204);
        assertThat(http.delete("pm", "/api/meetings/JP/" + next.path("number").asInt()).statusCode()).isEqualTo(204);

        JsonNode all = meetings("pm", "JP");
        assertThat(all).hasSize(3);
        List<String> statuses = new ArrayList<>();
        all.forEach(meeting -> statuses.add(meeting.path("status").asText()));
        assertThat(statuses).containsExactly("HELD", "CALLED_OFF", "PLANNED");
        assertThat(all.get(1).path("invitationSequence").asInt()).as("the cancellation's SEQUENCE").isEqualTo(1);
        assertThat(all.get(1).path("place").asText()).isEqualTo("Washington");
        assertThat(all.get(2).path("number").asInt()).isGreaterThan(all.get(1).path("number").asInt());
    }

    @Test
    void shouldShowADeskItsNationOnlyAndManagersEveryNation() throws Exception {
        JsonNode desk = body(http.get("kr-desk", "/api/meetings"));
        JsonNode manager = body(http.get("usec", "/api/meetings"));
        JsonNode reviewer = body(http.get("legal", "/api/meetings"));
        HttpResponse<String> otherDesk = http.get("kr-desk", "/api/meetings?nation=JP");
        HttpResponse<String> areaLead = http.get("minerals-lead", "/api/meetings?nation=JP");
        HttpResponse<String> unknown = http.get("pm", "/api/meetings?nation=XX");

        assertThat(desk).isNotEmpty().allSatisfy(meeting -> assertThat(meeting.path("nation").asText()).isEqualTo("KR"));
        List<String> nations = new ArrayList<>();
        manager.forEach(meeting -> nations.add(meeting.path("nation").asText()));
        assertThat(nations).containsAll(properties.nations().stream().map(NegotiationProperties.Nation::code).toList());
        assertThat(reviewer).isEmpty();
        assertThat(otherDesk.statusCode()).isEqualTo(403);
        assertThat(body(otherDesk).path("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(areaLead.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).path("errors").path("nation").asText()).contains("XX");
        assertThat(body(http.get("admin", "/api/meetings?nation=kr"))).hasSameSizeAs(desk);
    }

    @Test
    void shouldTakeTheMeetingStartWithAnOffsetOrLocalInTheProgramsZone() throws Exception {
        Instant planned = plannedStartOf("KR");
        Instant utc = planned.plus(Duration.ofDays(2));
        LocalDateTime local = LocalDateTime.ofInstant(planned.plus(Duration.ofDays(3)), properties.kickoff().zone());
        Instant withOffset = planned.plus(Duration.ofDays(4));

        HttpResponse<String> asInstant = schedule("KR", "{\"place\": \"Seoul\", \"meetingStart\": \"" + utc + "\"}");
        HttpResponse<String> asLocal = schedule("AU", "{\"place\": \"Canberra\", \"meetingStart\": \"" + local + "\"}");
        HttpResponse<String> asOffset = schedule("GB", "{\"place\": \"London\", \"meetingStart\": \""
                + withOffset.atOffset(ZoneOffset.ofHoursMinutes(5, 30)) + "\"}");
        HttpResponse<String> nonsense = schedule("SG", "{\"place\": \"Singapore\", \"meetingStart\": \"next Friday\"}");

        assertThat(List.of(asInstant.statusCode(), asLocal.statusCode(), asOffset.statusCode()))
                .containsOnly(204);
        assertThat(startOf("KR")).isEqualTo(utc);
        assertThat(startOf("AU")).isEqualTo(local.atZone(properties.kickoff().zone()).toInstant());
        assertThat(startOf("GB")).isEqualTo(withOffset);
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(body(nonsense).path("errors").path("meetingStart").asText()).contains("2026-01-09T15:00:00Z");
        assertThat(task("SG", MeetingProcess.USER_TASK_SCHEDULE_MEETING)).as("a rejected form changes nothing")
                .isNotNull();
    }

    private Instant plannedStartOf(String nation) throws Exception {
        return Instant.parse(only(meetings("admin", nation)).path("plannedStart").asText());
    }

    private Instant startOf(String nation) {
        return ((Date) runtimeService.getVariable(series(nation), MeetingProcess.VAR_MEETING_START)).toInstant();
    }

    /** Opens the scheduling window of the nation's current meeting if needed and completes "Schedule meeting". */
    private HttpResponse<String> schedule(String nation, String form) {
        if (task(nation, MeetingProcess.USER_TASK_SCHEDULE_MEETING) == null) {
            fire(MeetingProcess.TIMER_SCHEDULING_WINDOW, nation);
        }
        return complete(task(nation, MeetingProcess.USER_TASK_SCHEDULE_MEETING), form);
    }

    private HttpResponse<String> complete(Task task, String form) {
        return http.postJson(deskOf(task), "/api/tasks/" + task.getId() + "/complete", form);
    }

    private String deskOf(Task task) {
        String nation = (String) runtimeService.getVariable(task.getProcessInstanceId(), MeetingProcess.VAR_NATION);
        return nation.toLowerCase() + "-desk";
    }

    private void fire(String timer, String nation) {
        Job job = managementService.createJobQuery().processInstanceId(series(nation)).activityId(timer).singleResult();
        managementService.executeJob(job.getId());
    }

    private Task task(String nation, String key) {
        return taskService.createTaskQuery().processInstanceId(series(nation)).taskDefinitionKey(key).singleResult();
    }

    private String series(String nation) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(MeetingProcess.seriesKey(nation))
                .singleResult().getId();
    }

    private JsonNode meetings(String user, String nation) throws Exception {
        HttpResponse<String> response = http.get(user, "/api/meetings?nation=" + nation);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private static JsonNode only(JsonNode meetings) {
        assertThat(meetings).hasSize(1);
        return meetings.get(0);
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }
}
