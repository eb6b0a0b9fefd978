package gov.trade.negotiation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
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
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.drafts.DraftTexts;
import gov.trade.negotiation.track.TrackDriver;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.web.Http;

/**
 * The acceptance test of the dashboard: 48 tracks seeded into known stages (one signed and in force, one stalled, one in review,
 * one in negotiation, the rest drafting; three tasks overdue, one escalated; drafting times of 2, 4, 6 and 8 days),
 * and the page and the JSON show exactly those figures; desks see their row, area leads their column, others 403,
 * anonymous visitors are sent to sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:dashboardAcceptanceTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "dashboard.refresh-enabled=false", "dashboard.max-age=PT0S"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardAcceptanceTests {

    private static final List<String> OVERDUE = List.of("IL-ENERGY", "IL-SEMICONDUCTORS", "NL-ENERGY");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;
    @Autowired
    ManagementService managementService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DraftTexts texts;
    @LocalServerPort
    int port;

    private Http http;
    private Instant base;
    private LocalDate signedOn;

    @BeforeAll
    void seedTracksIntoKnownStages() {
        ProgramJobs.kickoff(programs, managementService);
        http = new Http(port);
        base = ClockUtil.getCurrentTime().toInstant();

        for (String track : List.of("JP-ENERGY", "KR-ENERGY", "AU-ENERGY", "GB-ENERGY")) {
            texts.addVersion(track, "seed", "Article 1. The parties secure the supply chain.", null);
        }
        at(2, () -> complete("JP-ENERGY", TrackProcess.USER_TASK_DRAFT_TEXT, Map.of()));
        // signed with the counterpart and in force on signature: reporting is open
        at(3, () -> new TrackDriver(taskService, texts).driveTo(instance("JP-ENERGY"),
                TrackProcess.USER_TASK_TRANSMIT_TEXT, "AGREED"));
        signedOn = LocalDate.ofInstant(base.plus(Duration.ofDays(3)), ZoneId.of("America/New_York"));
        at(4, () -> complete("KR-ENERGY", TrackProcess.USER_TASK_DRAFT_TEXT, Map.of()));
        at(5, () -> {
            passReviews("KR-ENERGY");
            complete("KR-ENERGY", TrackProcess.USER_TASK_SEND_TEXT, Map.of());
            complete("KR-ENERGY", TrackProcess.USER_TASK_RECORD_ANSWER,
                    Map.of(TrackProcess.VAR_COUNTERPART_ANSWER, "NO_ANSWER"));
        });
        at(6, () -> complete("AU-ENERGY", TrackProcess.USER_TASK_DRAFT_TEXT, Map.of()));
        at(8, () -> {
            complete("GB-ENERGY", TrackProcess.USER_TASK_DRAFT_TEXT, Map.of());
            passReviews("GB-ENERGY");
        });
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (String track : OVERDUE) {
            taskService.setDueDate(task(track, TrackProcess.USER_TASK_DRAFT_TEXT), Date.from(now.minus(Duration.ofDays(1))));
        }
        jdbc.update("""
                insert into notification (dedup_key, kind, business_key, task_id, subject, recipients, created_at)
                values (?, 'ESCALATION', 'IL-ENERGY', ?, 'Overdue: Draft agreement text (IL-ENERGY)', 'group:managers', ?)""",
                "ESCALATION:test", task("IL-ENERGY", TrackProcess.USER_TASK_DRAFT_TEXT), Timestamp.from(now));
        // the next meeting of each series at a known time: Japan first
        List<ProcessInstance> series = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MeetingProcess.KEY).list();
        for (ProcessInstance instance : series) {
            int days = instance.getBusinessKey().equals(MeetingProcess.seriesKey("JP")) ? 20 : 21;
            runtimeService.setVariable(instance.getId(), MeetingProcess.VAR_MEETING_START,
                    Date.from(now.plus(Duration.ofDays(days))));
        }
        assertThat(series).hasSize(8);
    }

    @AfterAll
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldShowTheSeededFiguresInTheJson() throws Exception {
        JsonNode dashboard = body(http.get("pm", "/api/dashboard"));

        assertThat(dashboard.path("trackCount").asInt()).isEqualTo(48);
        Map<String, Integer> totals = totals(dashboard);
        assertThat(totals.keySet()).containsExactly("NOT_STARTED", "OPENING", "AUTHORITY", "DRAFTING", "INTERNAL_REVIEW",
                "NEGOTIATION", "STALLED", "SUSPENDED", "AGREED", "SIGN_OFF", "CLEARED_FOR_SIGNATURE", "SIGNED", "IN_FORCE",
                "REPORTED", "CLOSED", "WITHDRAWN");
        assertThat(totals).containsEntry("DRAFTING", 44).containsEntry("INTERNAL_REVIEW", 1)
                .containsEntry("NEGOTIATION", 1).containsEntry("STALLED", 1).containsEntry("IN_FORCE", 1)
                .containsEntry("NOT_STARTED", 0).containsEntry("WITHDRAWN", 0).containsEntry("CLOSED", 0);
        assertThat(totals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(48);
        assertThat(dashboard.path("signedCount").asInt()).isEqualTo(1);
        assertThat(dashboard.path("stalledCount").asInt()).isEqualTo(1);
        assertThat(dashboard.path("escalatedCount").asInt()).isEqualTo(1);
        assertThat(dashboard.path("overdueTaskCount").asInt()).isEqualTo(3);
        List<String> overdueTracks = new ArrayList<>();
        dashboard.path("overdueTasks").forEach(task -> overdueTracks.add(task.path("track").asText()));
        assertThat(overdueTracks).containsExactlyInAnyOrderElementsOf(OVERDUE);
        // open: 44 drafts, 2 reviews, 1 "send text", 1 stall decision, the 2 reports; 3 overdue, the treaty office's
        // 15 calendar days fall within the 14 days ahead, the report to Congress (30 days) does not
        assertThat(dashboard.path("upcomingDeadlineCount").asInt()).isEqualTo(46);

        JsonNode jp = row(dashboard, "JP");
        assertThat(cell(jp, "ENERGY").path("stage").asText()).isEqualTo("IN_FORCE");
        JsonNode kr = cell(row(dashboard, "KR"), "ENERGY");
        assertThat(kr.path("stage").asText()).isEqualTo("STALLED");
        assertThat(kr.path("stalled").asBoolean()).isTrue();
        JsonNode il = cell(row(dashboard, "IL"), "ENERGY");
        assertThat(il.path("overdue").asInt()).isEqualTo(1);
        assertThat(il.path("escalated").asBoolean()).isTrue();
        assertThat(cell(row(dashboard, "IL"), "SEMICONDUCTORS").path("escalated").asBoolean()).isFalse();

        JsonNode drafting = cycle(dashboard, "DRAFTING");
        assertThat(drafting.path("samples").asInt()).isEqualTo(4);
        assertThat(drafting.path("medianDays").asDouble()).isEqualTo(5.0);
        assertThat(drafting.path("p90Days").asDouble()).isEqualTo(7.4);
        JsonNode review = cycle(dashboard, "INTERNAL_REVIEW");
        assertThat(review.path("samples").asInt()).isEqualTo(3);
        assertThat(review.path("medianDays").asDouble()).isEqualTo(1.0);

        JsonNode progressJp = find(dashboard.path("progressByNation"), "code", "JP");
        assertThat(progressJp.path("signed").asInt()).isEqualTo(1);
        // 1 in force (9 of 10 steps), 5 drafting (2 of 10 each)
        assertThat(progressJp.path("percent").asInt()).isEqualTo(Math.round(100f * (9 + 5 * 2) / 60));
        assertThat(find(dashboard.path("progressByArea"), "code", "ENERGY").path("tracks").asInt()).isEqualTo(8);

        assertThat(dashboard.path("upcomingMeetings")).hasSize(8);
        assertThat(dashboard.path("upcomingMeetings").get(0).path("nation").asText()).isEqualTo("JP");
        JsonNode points = dashboard.path("signedOverTime");
        assertThat(points.get(0).path("date").asText()).isEqualTo("2025-12-12");
        assertThat(points.get(0).path("signed").asInt()).isZero();
        assertThat(points).anySatisfy(point -> {
            assertThat(point.path("date").asText()).isEqualTo(signedOn.toString());
            assertThat(point.path("signed").asInt()).isEqualTo(1);
        });
    }

    @Test
    void shouldShowTheSameFiguresOnThePage() {
        HttpResponse<String> response = http.page("pm", "/dashboard");
        String page = response.body();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(page, "track-count")).isEqualTo("48");
        assertThat(text(page, "signed-count")).isEqualTo("1");
        assertThat(text(page, "overdue-count")).isEqualTo("3");
        assertThat(text(page, "stalled-count")).isEqualTo("1");
        assertThat(text(page, "escalated-count")).isEqualTo("1");
        assertThat(text(page, "deadline-count")).isEqualTo("46");
        assertThat(text(page, "total-DRAFTING")).isEqualTo("44");
        assertThat(text(page, "total-STALLED")).isEqualTo("1");
        assertThat(text(page, "total-IN_FORCE")).isEqualTo("1");
        assertThat(text(page, "total-INTERNAL_REVIEW")).isEqualTo("1");
        assertThat(text(page, "total-NEGOTIATION")).isEqualTo("1");
        assertThat(cells(page)).hasSize(48);
        assertThat(page).contains("data-track=\"JP-ENERGY\" data-stage=\"IN_FORCE\"")
                .contains("data-track=\"KR-ENERGY\" data-stage=\"STALLED\" data-overdue=\"0\" data-stalled=\"true\"")
                .contains("data-track=\"IL-ENERGY\" data-stage=\"DRAFTING\" data-overdue=\"1\" data-stalled=\"false\" data-escalated=\"true\"")
                .contains("href=\"/tracks/JP-ENERGY\"")
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(page.replaceAll("\\s+", " ")).containsPattern(
                "id=\"cycle-DRAFTING\">.*?<td>4</td> <td class=\"median\">5.0</td><td class=\"p90\">7.4</td>");
        int japanPercent = Math.round(100f * (9 + 5 * 2) / 60);
        assertThat(page.replaceAll("\\s+", " ")).containsPattern(
                "id=\"progress-nation-JP\">.*?<td>6</td><td>1</td>.*?<span>" + japanPercent + " %</span>")
                .containsPattern("id=\"progress-area-ENERGY\">.*?<td>8</td>");
        assertThat(http.page("pm", "/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(http.page("pm", "/dashboard/live").body()).contains("id=\"dashboard-content\"")
                .contains("id=\"progress-nation-JP\"").doesNotContain("<header");
    }

    @Test
    void shouldShowADeskOnlyItsRowAndAnAreaLeadOnlyItsColumn() throws Exception {
        JsonNode desk = body(http.get("jp-desk", "/api/dashboard"));
        JsonNode lead = body(http.get("energy-lead", "/api/dashboard"));

        assertThat(desk.path("matrix").path("rows")).hasSize(1);
        assertThat(row(desk, "JP").path("cells")).hasSize(6);
        assertThat(desk.path("trackCount").asInt()).isEqualTo(6);
        assertThat(desk.path("signedCount").asInt()).isEqualTo(1);
        assertThat(totals(desk)).containsEntry("IN_FORCE", 1).containsEntry("DRAFTING", 5).containsEntry("STALLED", 0);
        assertThat(desk.path("overdueTaskCount").asInt()).isZero();
        assertThat(desk.path("upcomingMeetings")).hasSize(1);
        assertThat(lead.path("matrix").path("areas")).hasSize(1);
        assertThat(lead.path("trackCount").asInt()).isEqualTo(8);
        assertThat(lead.path("overdueTaskCount").asInt()).isEqualTo(2);
        assertThat(lead.path("stalledCount").asInt()).isEqualTo(1);

        String page = http.page("jp-desk", "/dashboard").body();
        assertThat(cells(page)).hasSize(6).allSatisfy(track -> assertThat(track).startsWith("JP-"));
        assertThat(page).contains(">Dashboard</a>");
    }

    @Test
    void shouldRefuseOtherRowsAndPeopleWithoutADeskAndSendAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> otherRow = http.get("jp-desk", "/api/dashboard?nation=KR");
        HttpResponse<String> legal = http.get("legal", "/api/dashboard");
        HttpResponse<String> anonymousApi = http.get(null, "/api/dashboard");
        HttpResponse<String> anonymousPage = http.page(null, "/dashboard");

        assertThat(otherRow.statusCode()).isEqualTo(403);
        assertThat(otherRow.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(otherRow).path("type").asText()).endsWith("/forbidden");
        assertThat(legal.statusCode()).isEqualTo(403);
        assertThat(http.page("legal", "/dashboard").statusCode()).isEqualTo(403);
        assertThat(http.page("jp-desk", "/dashboard?nation=KR").statusCode()).isEqualTo(403);
        assertThat(anonymousApi.statusCode()).isEqualTo(401);
        assertThat(anonymousPage.statusCode()).isEqualTo(302);
        assertThat(anonymousPage.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(http.page("legal", "/inbox").body()).doesNotContain(">Dashboard</a>");
        assertThat(body(http.get("pm", "/api/dashboard?nation=KR")).path("trackCount").asInt()).isEqualTo(6);
    }

    @Test
    void shouldExportTheMatrixAndTheOverdueListAsCsv() {
        HttpResponse<String> matrix = http.page("pm", "/dashboard/matrix.csv");
        HttpResponse<String> overdue = http.page("pm", "/dashboard/overdue.csv");

        assertThat(matrix.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = matrix.body().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("nation,name,ENERGY,CRITICAL_MINERALS,SEMICONDUCTORS,ADVANCED_MANUFACTURING,"
                + "AI_INFRASTRUCTURE,TRANSPORTATION_LOGISTICS");
        assertThat(lines).contains("JP,Japan,IN_FORCE,DRAFTING,DRAFTING,DRAFTING,DRAFTING,DRAFTING")
                .anySatisfy(line -> assertThat(line).startsWith("IL,Israel,DRAFTING; 1 overdue; escalated,"))
                .anySatisfy(line -> assertThat(line).startsWith("KR,South Korea,STALLED; stalled,"));
        List<String> overdueLines = overdue.body().lines().toList();
        assertThat(overdueLines).hasSize(1 + OVERDUE.size());
        assertThat(overdueLines.get(0)).isEqualTo("track,task,task_id,due,days_overdue,assignee");
        assertThat(overdueLines.subList(1, overdueLines.size()))
                .allSatisfy(line -> assertThat(line).contains(",Draft agreement text,").contains(",1,"));
        assertThat(http.page("jp-desk", "/dashboard/overdue.csv").body().lines()).hasSize(1);
    }

    private void at(int days, Runnable step) {
        ClockUtil.setCurrentTime(Date.from(base.plus(Duration.ofDays(days))));
        step.run();
    }

    private void passReviews(String track) {
        complete(track, TrackProcess.USER_TASK_LEGAL_REVIEW, Map.of(TrackProcess.VAR_LEGAL_DECISION, "APPROVE"));
        complete(track, TrackProcess.USER_TASK_INTERAGENCY_REVIEW,
                Map.of(TrackProcess.VAR_INTERAGENCY_DECISION, "APPROVE"));
    }

    private void complete(String track, String taskKey, Map<String, Object> variables) {
        taskService.complete(task(track, taskKey), variables);
    }

    private String instance(String track) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(track).singleResult().getId();
    }

    private String task(String track, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(track).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private static Map<String, Integer> totals(JsonNode dashboard) {
        Map<String, Integer> totals = new java.util.LinkedHashMap<>();
        dashboard.path("totals").forEach(total -> totals.put(total.path("stage").asText(), total.path("count").asInt()));
        return totals;
    }

    private static JsonNode row(JsonNode dashboard, String nation) {
        return find(dashboard.path("matrix").path("rows"), "nation", nation);
    }

    private static JsonNode cell(JsonNode row, String area) {
        return find(row.path("cells"), "area", area);
    }

    private static JsonNode cycle(JsonNode dashboard, String stage) {
        return find(dashboard.path("cycleTimes"), "stage", stage);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("No " + field + " = " + value + " in " + array);
    }

    private static String text(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(matcher.find()).as("element #%s on the page", id).isTrue();
        return matcher.group(1).trim();
    }

    private static List<String> cells(String page) {
        Matcher matcher = Pattern.compile("data-track=\"([^\"]+)\"").matcher(page);
        List<String> tracks = new ArrayList<>();
        while (matcher.find()) {
            tracks.add(matcher.group(1));
        }
        return tracks;
    }
}
