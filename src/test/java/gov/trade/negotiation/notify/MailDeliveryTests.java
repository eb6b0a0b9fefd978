package gov.trade.negotiation.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.deadline.WorkingCalendar;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.meetings.MeetingSchedule;
import gov.trade.negotiation.drafts.DraftTexts;
import gov.trade.negotiation.track.TrackDriver;
import gov.trade.negotiation.track.TrackProcess;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Every kind of mail, end to end: the real engine (clock moved forward, timers run as the job executor would),
 * the outbox, delivery over SMTP to GreenMail, and the mail taken apart as a recipient's client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:mailDeliveryTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1"})
@ActiveProfiles("dev")
class MailDeliveryTests {

    private static final MailServer SMTP = new MailServer().start();
    private static final String BASE = "http://localhost:8080";
    private static final Instant MONDAY = Instant.parse("2026-01-05T14:00:00Z");

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired OutboxDelivery delivery;
    @Autowired DailyDigest digest;
    @Autowired MailPreferences preferences;
    @Autowired NegotiationProperties properties;
    @Autowired MeetingSchedule schedule;
    @Autowired TestRestTemplate http;
    @Autowired DraftTexts texts;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        delivery.deliverDue();
        SMTP.purge();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Test
    void shouldMailANewTaskThenTheReminderAndTheOverdueNoticeOnceEachThenEscalateToManagersOnly() {
        ProcessInstance track = runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-ENERGY");
        Task drafting = taskService.createTaskQuery().processInstanceId(track.getId()).singleResult();

        assertThat(delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("jp-desk@example.gov");
            assertThat(mail.subject()).isEqualTo("New task: Draft agreement text (JP-ENERGY)");
            assertThat(mail.text()).contains("Dear Jun Desk", BASE + "/tasks/" + drafting.getId(), BASE + "/tracks/JP-ENERGY");
            assertThat(mail.html()).contains("href=\"" + BASE + "/tasks/" + drafting.getId() + "\"");
        });

        ClockUtil.setCurrentTime(Date.from(drafting.getDueDate().toInstant().plus(Duration.ofMinutes(1))));
        runDueTimers(track);
        runDueTimers(track);
        List<ReceivedMail> pastDue = delivered();
        assertThat(pastDue).extracting(ReceivedMail::to).containsOnly(List.of("jp-desk@example.gov"));
        String due = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", java.util.Locale.ENGLISH)
                .format(drafting.getDueDate().toInstant().atZone(properties.kickoff().zone()));
        assertThat(due).as("14 working days, skipping weekends and Martin Luther King Day")
                .isEqualTo("Mon 26 Jan 2026, 09:00 EST");
        assertThat(pastDue).extracting(ReceivedMail::subject).containsExactly(
                "Due " + due + ": Draft agreement text (JP-ENERGY)",
                "Overdue: Draft agreement text (JP-ENERGY)");
        assertThat(pastDue.get(1).text()).contains("was due on " + due,
                BASE + "/tasks/" + drafting.getId());

        Instant pastGrace = WorkingCalendar.of(properties).plus(drafting.getDueDate().toInstant(),
                properties.deadlines().escalationGrace()).plus(Duration.ofMinutes(1));
        ClockUtil.setCurrentTime(Date.from(pastGrace));
        runDueTimers(track);
        runDueTimers(track);
        List<ReceivedMail> escalation = delivered();
        assertThat(escalation).extracting(ReceivedMail::to).containsExactlyInAnyOrder(
                List.of("admin@example.gov"), List.of("pm@example.gov"));
        assertThat(escalation).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Escalation: overdue past grace: Draft agreement text (JP-ENERGY)");
            assertThat(mail.text()).contains(BASE + "/tasks/" + drafting.getId(), "As a manager");
        });
    }

    @Test
    void shouldAnnounceTheSignOffToTheTracksPeopleAndManagersRespectingTheirPreferences() {
        preferences.set("chips-lead", MailPreference.ESSENTIAL);
        preferences.set("usec", MailPreference.DIGEST);
        ProcessInstance stalled = runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "KR-ENERGY");
        drive(stalled, "NO_ANSWER", TrackProcess.USER_TASK_DECIDE_STALLED);
        ProcessInstance track = runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-SEMICONDUCTORS");
        drive(track, "AGREED", TrackProcess.USER_TASK_CLOSE_TRACK);

        List<ReceivedMail> signed = delivered().stream()
                .filter(mail -> mail.dedupKey().startsWith("SIGNED:")).toList();
        assertThat(signed).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrder(
                "jp-desk@example.gov", "admin@example.gov", "pm@example.gov");
        assertThat(signed).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Signed: JP-SEMICONDUCTORS was signed with the counterpart");
            assertThat(mail.text()).contains(BASE + "/tracks/JP-SEMICONDUCTORS");
            assertThat(mail.html()).contains("href=\"" + BASE + "/tracks/JP-SEMICONDUCTORS\"");
        });

        ZoneId zone = properties.kickoff().zone();
        LocalDate tomorrow = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate().plusDays(1);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(tomorrow, LocalTime.of(6, 59), zone).toInstant()));
        assertThat(digest.recordIfDue()).as("not before the digest time").isFalse();
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(tomorrow, LocalTime.of(7, 1), zone).toInstant()));
        assertThat(digest.recordIfDue()).isTrue();
        assertThat(digest.recordIfDue()).as("once a day").isFalse();

        List<ReceivedMail> digests = delivered();
        assertThat(digests).extracting(mail -> mail.to().get(0))
                .contains("usec@example.gov", "admin@example.gov", "pm@example.gov");
        assertThat(digests).filteredOn(mail -> mail.to().contains("usec@example.gov")).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Collected for you",
                        "Signed: JP-SEMICONDUCTORS was signed with the counterpart"));
        assertThat(digests).filteredOn(mail -> mail.to().contains("pm@example.gov")).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).startsWith("Daily digest " + tomorrow + ":");
                    assertThat(mail.text()).contains("Stalled tracks:", "KR-ENERGY: Decide on stalled negotiation",
                            BASE + "/tracks/KR-ENERGY").doesNotContain("Collected for you");
                });
    }

    @Test
    void shouldInviteUpdateAndCancelAFollowUpMeetingWithACalendarFile() throws Exception {
        runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-AI_INFRASTRUCTURE");
        ProcessInstance series = runtimeService.startProcessInstanceByKey(MeetingProcess.KEY, MeetingProcess.seriesKey("JP"),
                Map.of(MeetingProcess.VAR_NATION, "JP"));
        int number = (Integer) runtimeService.getVariable(series.getId(), MeetingProcess.VAR_MEETING_NUMBER);
        MeetingSchedule.Slot slot = schedule.slot("JP", number);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(series.getId())
                .activityId(MeetingProcess.TIMER_SCHEDULING_WINDOW).singleResult().getId());
        delivery.deliverDue();
        SMTP.purge();
        taskService.complete(taskService.createTaskQuery().processInstanceId(series.getId()).singleResult().getId());

        List<ReceivedMail> invitations = delivered();
        assertThat(invitations).extracting(mail -> mail.to().get(0))
                .containsExactlyInAnyOrder("jp-desk@example.gov", "admin@example.gov", "pm@example.gov");
        String uid = "MEETINGS-JP-" + number + "@localhost";
        for (ReceivedMail invitation : invitations) {
            assertThat(invitation.subject()).startsWith("Invitation: follow-up meeting with Japan (no. " + number + ")");
            assertThat(invitation.calendarContentType()).contains("method=REQUEST");
            assertCalendar(invitation.calendar(), "REQUEST", uid, 0, slot.start(), slot.end());
        }

        Instant moved = slot.start().plus(Duration.ofDays(2));
        ResponseEntity<JsonNode> refused = http.withBasicAuth("kr-desk", "demo").exchange("/api/meetings/JP/" + number,
                HttpMethod.PUT, new HttpEntity<>(Map.of("start", moved.toString())), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Void> rescheduled = http.withBasicAuth("jp-desk", "demo").exchange("/api/meetings/JP/" + number,
                HttpMethod.PUT, new HttpEntity<>(Map.of("start", moved.toString())), Void.class);
        assertThat(rescheduled.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        List<ReceivedMail> updates = delivered();
        assertThat(updates).hasSize(3).allSatisfy(update -> {
            assertThat(update.subject()).startsWith("Updated: follow-up meeting with Japan");
            assertCalendar(update.calendar(), "REQUEST", uid, 1, moved, moved.plus(properties.meetings().length()));
        });

        ResponseEntity<Void> cancelled = http.withBasicAuth("pm", "demo").exchange("/api/meetings/JP/" + number,
                HttpMethod.DELETE, null, Void.class);
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        List<ReceivedMail> cancellations = delivered();
        assertThat(cancellations).hasSize(3).allSatisfy(cancellation -> {
            assertThat(cancellation.subject()).startsWith("Cancelled: follow-up meeting with Japan");
            assertThat(cancellation.calendarContentType()).contains("method=CANCEL");
            assertCalendar(cancellation.calendar(), "CANCEL", uid, 2, moved, moved.plus(properties.meetings().length()));
        });
        ResponseEntity<JsonNode> again = http.withBasicAuth("pm", "demo").exchange("/api/meetings/JP/" + number,
                HttpMethod.DELETE, null, JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("detail").asText()).contains("not scheduled");
    }

    @Test
    void shouldCancelTheMeetingAheadWithItsUidAndNextSequenceWhenTheNationWithdraws() throws Exception {
        runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "KR-ENERGY");
        ProcessInstance series = runtimeService.startProcessInstanceByKey(MeetingProcess.KEY,
                MeetingProcess.seriesKey("KR"), Map.of(MeetingProcess.VAR_NATION, "KR"));
        int number = (Integer) runtimeService.getVariable(series.getId(), MeetingProcess.VAR_MEETING_NUMBER);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(series.getId())
                .activityId(MeetingProcess.TIMER_SCHEDULING_WINDOW).singleResult().getId());
        taskService.complete(taskService.createTaskQuery().processInstanceId(series.getId()).singleResult().getId());
        Instant moved = schedule.slot("KR", number).start().plus(Duration.ofDays(1));
        assertThat(http.withBasicAuth("kr-desk", "demo").exchange("/api/meetings/KR/" + number, HttpMethod.PUT,
                new HttpEntity<>(Map.of("start", moved.toString())), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delivered()).filteredOn(mail -> mail.subject().startsWith("Updated: follow-up meeting"))
                .as("the update to desk and managers").hasSize(3);

        runtimeService.createMessageCorrelation(MeetingProcess.MESSAGE_SERIES_WITHDRAWAL)
                .processInstanceBusinessKey(MeetingProcess.seriesKey("KR"))
                .setVariable(MeetingProcess.VAR_WITHDRAWAL_REASON, "South Korea leaves the initiative")
                .correlate();

        List<ReceivedMail> cancellations = delivered();
        assertThat(cancellations).extracting(mail -> mail.to().get(0))
                .containsExactlyInAnyOrder("kr-desk@example.gov", "admin@example.gov", "pm@example.gov");
        String uid = "MEETINGS-KR-" + number + "@localhost";
        assertThat(cancellations).allSatisfy(cancellation -> {
            assertThat(cancellation.subject()).startsWith("Cancelled: follow-up meeting with South Korea (no. " + number);
            assertThat(cancellation.text()).contains("South Korea has left the program and the series ends",
                    "Reason: South Korea leaves the initiative");
            assertThat(cancellation.html()).contains("Reason: <span>South Korea leaves the initiative</span>");
            assertThat(cancellation.calendarContentType()).contains("method=CANCEL");
            assertCalendar(cancellation.calendar(), "CANCEL", uid, 2, moved, moved.plus(properties.meetings().length()));
            assertThat(cancellation.calendar()).contains("STATUS:CANCELLED");
        });
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(series.getId()).count()).isZero();
    }

    private static void assertCalendar(String text, String method, String uid, int sequence, Instant start, Instant end) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            assertThat(calendar.getMethod().getValue()).isEqualTo(method);
            VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(uid);
            assertThat(event.getSequence().getSequenceNo()).isEqualTo(sequence);
            assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
            assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
            assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(end);
            assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        } catch (Exception e) {
            throw new AssertionError("calendar does not parse: " + e + "\n" + text, e);
        }
    }

    /** Completes every open task, approving and recording the given answer, until the track waits at {@code until}. */
    private void drive(ProcessInstance track, String answer, String until) {
        new TrackDriver(taskService, texts).driveTo(track.getId(), until, answer);
    }

    /** Runs the track's timers that are due by the engine clock, as the job executor would. */
    private void runDueTimers(ProcessInstance track) {
        for (Job job : managementService.createJobQuery().processInstanceId(track.getId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
            managementService.executeJob(job.getId());
        }
    }

    private List<ReceivedMail> delivered() {
        delivery.deliverDue();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.received());
        SMTP.purge();
        return mails;
    }
}
