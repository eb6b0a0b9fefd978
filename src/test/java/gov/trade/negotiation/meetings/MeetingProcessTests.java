package gov.trade.negotiation.meetings;

import static gov.trade.negotiation.meetings.MeetingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.deadline.Deadlines;
import gov.trade.negotiation.deadline.PartyCalendars;
import gov.trade.negotiation.engine.CandidateGroups;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.notify.EscalateToManagersDelegate;
import gov.trade.negotiation.notify.Notification;
import gov.trade.negotiation.notify.NotificationKind;
import gov.trade.negotiation.notify.RecordedNotifications;
import gov.trade.negotiation.notify.SendReminderDelegate;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.process.TestEngines;
import gov.trade.negotiation.track.TrackAccess;
import gov.trade.negotiation.track.TrackParties;
import gov.trade.negotiation.track.TrackQueries;

/** The follow-up meeting series with one nation, against stand-in tracks whose opening and closing the test controls. */
@Deployment(resources = {"processes/followUpMeetings.bpmn", "stubs/bilateralTrackStub.bpmn"})
class MeetingProcessTests {

    private static final NegotiationProperties CONFIG = TestConfig.projectConfig();
    private static final EngineClock CLOCK = new EngineClock();
    private static final MeetingSchedule SCHEDULE = new MeetingSchedule(CONFIG);
    private static final RecordedNotifications NOTIFICATIONS = new RecordedNotifications();
    /** Two months after the kickoff: the first slot is already past. */
    private static final Instant PROGRAM_START = Instant.parse("2026-02-01T12:00:00Z");
    private static final MeetingMinutes MINUTES = new MeetingMinutes(new ObjectMapper());
    private static final MeetingInvitations INVITATIONS = new MeetingInvitations(NOTIFICATIONS, CONFIG,
            TestConfig.projectMailSettings(), CLOCK, new MeetingTimes(new PartyCalendars(CONFIG)));
    private static final Map<Object, Object> BEANS = new HashMap<>(Map.of(
            "planNextMeeting", new PlanNextMeetingDelegate(SCHEDULE, CLOCK),
            "meetingMinutes", MINUTES,
            "describeActionItem", new DescribeActionItemListener(MINUTES),
            "deadlines", new Deadlines(CONFIG, CLOCK),
            "sendReminder", new SendReminderDelegate(NOTIFICATIONS, CLOCK),
            "escalateToManagers", new EscalateToManagersDelegate(NOTIFICATIONS, CLOCK),
            "inviteToMeeting", new InviteToMeetingListener(INVITATIONS),
            "meetingInvitations", INVITATIONS,
            "cancelInvitation", new CancelInvitationDelegate(INVITATIONS)));

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = TestEngines.coverage("meetingProcessTests", BEANS);

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        BEANS.put("drawAgenda", new DrawAgendaDelegate(new TrackQueries(
                engine.getProcessEngine().getHistoryService(), engine.getProcessEngine().getTaskService(), new TrackAccess(new TrackParties()),
                new CandidateGroups(new JdbcTemplate(engine.getProcessEngine().getProcessEngineConfiguration().getDataSource())))));
        NOTIFICATIONS.clear();
        ClockUtil.setCurrentTime(Date.from(PROGRAM_START));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldSkipSlotsAlreadyPastWhenTheSeriesStarts() {
        ProcessInstance series = startSeries("JP");

        MeetingSchedule.Slot expected = SCHEDULE.slot("JP", 2);
        assertThat(series).isWaitingAt(TIMER_SCHEDULING_WINDOW).variables()
                .containsEntry(VAR_MEETING_NUMBER, 2)
                .containsEntry(VAR_MEETING_START, Date.from(expected.start()))
                .containsEntry(VAR_DESK_GROUP, "desk-jp");
        assertThat(SCHEDULE.slot("JP", 1).start()).isBefore(PROGRAM_START);
        assertThat(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult().getDuedate())
                .isEqualTo(Date.from(expected.schedulingOpens()));
    }

    @Test
    void shouldHoldAMeetingWhoseActionItemsBecomeTasksForTheDesk() {
        openTrack("JP-ENERGY");
        openTrack("JP-SEMICONDUCTORS");
        openTrack("KR-ENERGY");
        ProcessInstance series = startSeries("JP");

        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());
        assertThat(series).isWaitingAt(USER_TASK_SCHEDULE_MEETING).variables()
                .containsEntry(VAR_OPEN_TRACK_COUNT, 2)
                .containsEntry(VAR_AGENDA, "JP-ENERGY: opening\nJP-SEMICONDUCTORS: opening");
        assertThat(task()).hasCandidateGroup("desk-jp");
        complete(task(), withVariables("place", "Tokyo"));
        assertThat(NOTIFICATIONS.all()).singleElement().satisfies(invitation -> {
            assertThat(invitation.kind()).isEqualTo(NotificationKind.MEETING_INVITATION);
            assertThat(invitation.recipients()).containsExactly("group:desk-jp", "group:managers");
            assertThat(invitation.calendar().uid()).isEqualTo("MEETINGS-JP-2@localhost");
            assertThat(invitation.calendar().sequence()).isZero();
            assertThat(invitation.calendar().method()).isEqualTo("REQUEST");
            assertThat(invitation.calendar().start()).isEqualTo(SCHEDULE.slot("JP", 2).start());
            assertThat(invitation.calendar().end()).isEqualTo(SCHEDULE.slot("JP", 2).end());
            assertThat(invitation.details()).as("both sides' local times, Tokyo a day ahead")
                    .containsEntry("localTimes", "Mon 9 Feb 2026, 15:00 New York / 05:00 Tue 10 Feb Tokyo");
            assertThat(invitation.calendar().description())
                    .startsWith("Local times: Mon 9 Feb 2026, 15:00 New York / 05:00 Tue 10 Feb Tokyo");
        });

        Job meetingTime = jobQuery().activityId(TIMER_MEETING_TIME).singleResult();
        assertThat(meetingTime.getDuedate()).isEqualTo(Date.from(SCHEDULE.slot("JP", 2).start()));
        execute(meetingTime);
        assertThat(series).isWaitingAt(USER_TASK_RECORD_MINUTES);
        complete(task(), withVariables(VAR_MINUTES, "Discussed annexes", VAR_ACTION_ITEMS, """
                [{"trackId": "JP-ENERGY", "text": "Send grid annex"},
                 {"trackId": "JP-SEMICONDUCTORS", "text": "Confirm export-control list"}]"""));

        List<Task> actionItems = taskQuery().taskDefinitionKey(USER_TASK_ACTION_ITEM).list();
        assertThat(actionItems).hasSize(2).allSatisfy(item -> assertThat(item).hasCandidateGroup("desk-jp"));
        assertThat(actionItems).extracting(item -> taskService().getVariableLocal(item.getId(), VAR_ACTION_ITEM_TEXT))
                .containsExactlyInAnyOrder("Send grid annex", "Confirm export-control list");
        assertThat(actionItems).extracting(item -> taskService().getVariableLocal(item.getId(), VAR_ACTION_ITEM_TRACK))
                .containsExactlyInAnyOrder("JP-ENERGY", "JP-SEMICONDUCTORS");
        assertThat(actionItems).extracting(Task::getDescription)
                .containsExactlyInAnyOrder("JP-ENERGY: Send grid annex", "JP-SEMICONDUCTORS: Confirm export-control list");
        assertThat(series).isWaitingAt(USER_TASK_ACTION_ITEM, TIMER_SCHEDULING_WINDOW)
                .variables().containsEntry(VAR_MEETING_NUMBER, 3);

        actionItems.forEach(item -> complete(item));
        assertThat(series).hasPassed(END_EVENT_ACTION_ITEMS_DONE).isWaitingAt(TIMER_SCHEDULING_WINDOW);
    }

    @Test
    void shouldEndTheSeriesOnceAllOfTheNationsTracksAreClosed() {
        ProcessInstance track = openTrack("JP-ENERGY");
        openTrack("KR-ENERGY");
        ProcessInstance series = startSeries("JP");
        holdMeeting(series, "[]");
        assertThat(series).isWaitingAt(TIMER_SCHEDULING_WINDOW);

        complete(taskQuery().processInstanceId(track.getId()).singleResult());
        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());

        assertThat(series).isEnded().hasPassed(END_EVENT_SERIES_ENDED).hasPassed(END_EVENT_ACTION_ITEMS_DONE);
    }

    @Test
    void shouldEndTheSeriesWhereverItStandsWhenTheNationWithdraws() {
        openTrack("JP-ENERGY");
        ProcessInstance series = startSeries("JP");
        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());
        assertThat(series).isWaitingAt(USER_TASK_SCHEDULE_MEETING);

        runtimeService().createMessageCorrelation(MESSAGE_SERIES_WITHDRAWAL)
                .processInstanceBusinessKey(seriesKey("JP"))
                .setVariable(VAR_WITHDRAWAL_REASON, "Left the initiative")
                .correlate();

        assertThat(series).isEnded().hasPassed(END_EVENT_SERIES_WITHDRAWN).hasNotPassed(END_EVENT_SERIES_ENDED)
                .hasNotPassed(SERVICE_TASK_CANCEL_INVITATION);
        assertThat(taskQuery().processInstanceId(series.getId()).count()).isZero();
        assertThat(NOTIFICATIONS.all()).as("nobody was invited yet").isEmpty();
    }

    @Test
    void shouldCancelTheInvitationToTheMeetingAheadWhenTheNationWithdraws() {
        openTrack("JP-ENERGY");
        ProcessInstance series = startSeries("JP");
        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());
        complete(task(series));
        NOTIFICATIONS.clear();

        withdraw("JP", "Left the initiative");

        assertThat(series).isEnded().hasPassed(SERVICE_TASK_CANCEL_INVITATION, END_EVENT_SERIES_WITHDRAWN);
        assertThat(NOTIFICATIONS.all()).singleElement().satisfies(cancellation -> {
            assertThat(cancellation.kind()).isEqualTo(NotificationKind.MEETING_CANCELLATION);
            assertThat(cancellation.calendar().method()).isEqualTo("CANCEL");
            assertThat(cancellation.calendar().uid()).isEqualTo("MEETINGS-JP-2@localhost");
            assertThat(cancellation.calendar().sequence()).isEqualTo(1);
            assertThat(cancellation.details()).containsEntry("withdrawalReason", "Left the initiative");
        });
    }

    @Test
    void shouldCancelNothingWhenTheMeetingInvitedToWasHeld() {
        openTrack("JP-ENERGY");
        ProcessInstance series = startSeries("JP");
        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());
        complete(task(series));
        ClockUtil.setCurrentTime(Date.from(SCHEDULE.slot("JP", 2).start().plusSeconds(60)));
        execute(jobQuery().activityId(TIMER_MEETING_TIME).singleResult());
        assertThat(series).isWaitingAt(USER_TASK_RECORD_MINUTES);
        NOTIFICATIONS.clear();

        withdraw("JP", "Left the initiative");

        assertThat(series).isEnded().hasPassed(END_EVENT_SERIES_WITHDRAWN).hasNotPassed(SERVICE_TASK_CANCEL_INVITATION);
        assertThat(NOTIFICATIONS.all()).isEmpty();
    }

    private static void withdraw(String nation, String reason) {
        runtimeService().createMessageCorrelation(MESSAGE_SERIES_WITHDRAWAL)
                .processInstanceBusinessKey(seriesKey(nation))
                .setVariable(VAR_WITHDRAWAL_REASON, reason)
                .correlate();
    }

    @ParameterizedTest
    @ValueSource(strings = {USER_TASK_SCHEDULE_MEETING, USER_TASK_RECORD_MINUTES, USER_TASK_ACTION_ITEM})
    void shouldRemindTheDeskAndEscalateToManagers(String taskKey) {
        openTrack("JP-ENERGY");
        ProcessInstance series = startSeries("JP");
        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());
        if (!taskKey.equals(USER_TASK_SCHEDULE_MEETING)) {
            complete(task(series));
            execute(jobQuery().activityId(TIMER_MEETING_TIME).singleResult());
        }
        if (taskKey.equals(USER_TASK_ACTION_ITEM)) {
            complete(task(series), withVariables(VAR_ACTION_ITEMS, "[{\"trackId\": \"JP-ENERGY\", \"text\": \"Call\"}]"));
        }
        NOTIFICATIONS.clear();
        Task open = taskQuery().taskDefinitionKey(taskKey).singleResult();
        String timerPrefix = "timer_" + taskKey.substring("userTask_".length());

        execute(jobQuery().processInstanceId(series.getId()).activityId(timerPrefix + "Reminder").singleResult());
        execute(jobQuery().processInstanceId(series.getId()).activityId(timerPrefix + "Escalation").singleResult());

        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind, Notification::taskId, Notification::recipients)
                .containsExactly(
                        tuple(NotificationKind.REMINDER, open.getId(), List.of("group:desk-jp")),
                        tuple(NotificationKind.ESCALATION, open.getId(),
                                List.of(EscalateToManagersDelegate.MANAGERS)));
        assertThat(series).isWaitingAt(taskKey);
    }

    @Test
    void shouldSendAnUpdateWithARaisedSequenceWhenAMeetingMovesAndACancellationWhenItIsCalledOff() {
        openTrack("JP-ENERGY");
        ProcessInstance series = startSeries("JP");
        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());
        complete(task(series));
        Instant later = SCHEDULE.slot("JP", 2).start().plus(java.time.Duration.ofDays(1));

        INVITATIONS.reschedule(runtimeService(), BpmnAwareTests.managementService(), "JP", 2, later);
        assertThat(jobQuery().activityId(TIMER_MEETING_TIME).singleResult().getDuedate()).isEqualTo(Date.from(later));
        INVITATIONS.cancel(runtimeService(), BpmnAwareTests.managementService(), "JP", 2);

        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind, n -> n.calendar().sequence(),
                n -> n.calendar().method(), n -> n.calendar().uid(), n -> n.calendar().start()).containsExactly(
                        tuple(NotificationKind.MEETING_INVITATION, 0, "REQUEST", "MEETINGS-JP-2@localhost",
                                SCHEDULE.slot("JP", 2).start()),
                        tuple(NotificationKind.MEETING_UPDATE, 1, "REQUEST", "MEETINGS-JP-2@localhost", later),
                        tuple(NotificationKind.MEETING_CANCELLATION, 2, "CANCEL", "MEETINGS-JP-2@localhost", later));
        assertThat(series).isWaitingAt(TIMER_SCHEDULING_WINDOW).variables().containsEntry(VAR_MEETING_NUMBER, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                INVITATIONS.cancel(runtimeService(), BpmnAwareTests.managementService(), "JP", 2))
                .isInstanceOf(MeetingNotScheduledException.class);
    }

    private void holdMeeting(ProcessInstance series, String actionItemsJson) {
        execute(jobQuery().activityId(TIMER_SCHEDULING_WINDOW).singleResult());
        complete(task(series));
        execute(jobQuery().activityId(TIMER_MEETING_TIME).singleResult());
        complete(task(series), withVariables(VAR_ACTION_ITEMS, actionItemsJson));
    }

    private static ProcessInstance startSeries(String nation) {
        return runtimeService().startProcessInstanceByKey(KEY, seriesKey(nation), Map.of(VAR_NATION, nation));
    }

    private static ProcessInstance openTrack(String trackId) {
        return runtimeService().startProcessInstanceByKey("bilateralTrack", trackId);
    }
}
