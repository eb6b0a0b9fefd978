package gov.trade.negotiation.track;

import static gov.trade.negotiation.track.TrackProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.deadline.Deadlines;
import gov.trade.negotiation.deadline.WorkingCalendar;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.notify.AnnounceSignOffDelegate;
import gov.trade.negotiation.notify.EscalateToManagersDelegate;
import gov.trade.negotiation.notify.Notification;
import gov.trade.negotiation.notify.NotificationKind;
import gov.trade.negotiation.notify.RecordedNotifications;
import gov.trade.negotiation.notify.SendReminderDelegate;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.process.TestEngines;

/** Every path of the bilateral track, on the real engine with the application's own delegates. */
@Deployment(resources = "processes/bilateralTrack.bpmn")
class TrackProcessTests {

    private static final String TRACK = "JP-CRITICAL_MINERALS";
    private static final NegotiationProperties CONFIG = TestConfig.projectConfig();
    private static final int MAX_ROUNDS = CONFIG.negotiation().maxRounds();
    private static final RecordedNotifications NOTIFICATIONS = new RecordedNotifications();
    private static final EngineClock CLOCK = new EngineClock();
    private static final Instant KICKOFF = Instant.parse("2025-12-12T15:00:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(CONFIG);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = TestEngines.coverage("trackProcessTests", Map.of(
            "assignTrackTeam", new AssignTrackTeamDelegate(CONFIG),
            "openNegotiationRound", new OpenNegotiationRoundDelegate(),
            "grantFurtherRounds", new GrantFurtherRoundsDelegate(CONFIG),
            "deadlines", new Deadlines(CONFIG, CLOCK),
            "sendReminder", new SendReminderDelegate(NOTIFICATIONS, CLOCK),
            "escalateToManagers", new EscalateToManagersDelegate(NOTIFICATIONS, CLOCK),
            "announceSignOff", new AnnounceSignOffDelegate(NOTIFICATIONS, CLOCK)));

    private ProcessInstance track;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        NOTIFICATIONS.clear();
        ClockUtil.setCurrentTime(Date.from(KICKOFF));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldAssignTheTrackTeamAndWaitForTheJapanDeskToDraft() {
        startTrack();
        assertThat(track).isWaitingAt(USER_TASK_DRAFT_TEXT)
                .variables().containsEntry(VAR_NATION, "JP").containsEntry(VAR_AREA, "CRITICAL_MINERALS")
                .containsEntry(VAR_DESK_GROUP, "desk-jp").containsEntry(VAR_AREA_LEAD_GROUP, "area-critical_minerals");
        assertThat(task()).hasCandidateGroup("desk-jp");
        assertThat(task().getDueDate().toInstant()).isEqualTo(CALENDAR.plus(ClockUtil.getCurrentTime().toInstant(),
                CONFIG.durationOf("drafting")));
    }

    @Test
    void shouldCarryTheTrackFromDraftingToSignedAndClosed() {
        startTrack();
        draftAndApproveReviews();
        assertThat(task()).hasCandidateGroup("desk-jp");
        complete(task());
        answer(CounterpartAnswer.AGREED);

        signOff(USER_TASK_AREA_LEAD_SIGN_OFF, "area-critical_minerals", SignOffDecision.APPROVE);
        signOff(USER_TASK_PROGRAM_MANAGER_SIGN_OFF, "managers", SignOffDecision.APPROVE);
        signOff(USER_TASK_UNDER_SECRETARY_SIGN_OFF, "principal", SignOffDecision.APPROVE);

        assertThat(track).hasPassed(EVENT_SIGNED).isWaitingAt(USER_TASK_CLOSE_TRACK);
        assertThat(NOTIFICATIONS.all()).singleElement().satisfies(signed -> {
            assertThat(signed.kind()).isEqualTo(NotificationKind.SIGNED);
            assertThat(signed.businessKey()).isEqualTo(TRACK);
            assertThat(signed.recipients()).containsExactly("group:desk-jp", "group:area-critical_minerals",
                    "group:managers", "group:principal");
        });
        assertThat(task()).hasCandidateGroup("managers");
        complete(task());
        assertThat(track).isEnded().hasPassed(END_EVENT_CLOSED);
    }

    @Test
    void shouldReturnToDraftingWhenLegalRequestsChanges() {
        startTrack();
        complete(task());
        review(USER_TASK_LEGAL_REVIEW, VAR_LEGAL_DECISION, VAR_LEGAL_COMMENT, ReviewDecision.REQUEST_CHANGES);
        review(USER_TASK_INTERAGENCY_REVIEW, VAR_INTERAGENCY_DECISION, VAR_INTERAGENCY_COMMENT, ReviewDecision.APPROVE);

        assertThat(track).isWaitingAt(USER_TASK_DRAFT_TEXT).variables()
                .containsEntry(VAR_LEGAL_COMMENT, "Fix article 3");
    }

    @Test
    void shouldReturnToDraftingWhenInteragencyRequestsChanges() {
        startTrack();
        complete(task());
        review(USER_TASK_LEGAL_REVIEW, VAR_LEGAL_DECISION, VAR_LEGAL_COMMENT, ReviewDecision.APPROVE);
        review(USER_TASK_INTERAGENCY_REVIEW, VAR_INTERAGENCY_DECISION, VAR_INTERAGENCY_COMMENT,
                ReviewDecision.REQUEST_CHANGES);

        assertThat(track).isWaitingAt(USER_TASK_DRAFT_TEXT).variables()
                .containsEntry(VAR_INTERAGENCY_COMMENT, "Fix article 3");
    }

    @Test
    void shouldLoopThroughRevisionOnMarkupUntilTheTextIsAgreed() {
        startTrack();
        draftAndApproveReviews();
        complete(task());
        answer(CounterpartAnswer.MARKUP);

        assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT).variables().containsEntry(VAR_NEGOTIATION_ROUND, 1);
        complete(task());
        assertThat(track).isWaitingAt(USER_TASK_SEND_TEXT).variables().containsEntry(VAR_NEGOTIATION_ROUND, 2);
        complete(task());
        answer(CounterpartAnswer.AGREED);
        assertThat(track).isWaitingAt(USER_TASK_AREA_LEAD_SIGN_OFF);
    }

    @Test
    void shouldStallAfterTheConfiguredNumberOfMarkupRounds() {
        startTrack();
        draftAndApproveReviews();
        for (int round = 1; round < MAX_ROUNDS; round++) {
            complete(task());
            answer(CounterpartAnswer.MARKUP);
            assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT);
            complete(task());
        }
        complete(task());
        answer(CounterpartAnswer.MARKUP);

        assertThat(track).isWaitingAt(USER_TASK_DECIDE_STALLED).variables()
                .containsEntry(VAR_NEGOTIATION_ROUND, MAX_ROUNDS);
        assertThat(task()).hasCandidateGroup("managers");
    }

    @Test
    void shouldStallWhenTheCounterpartDoesNotAnswer() {
        startTrack();
        toStalled();
        assertThat(track).isWaitingAt(USER_TASK_DECIDE_STALLED);
    }

    @Test
    void shouldStallWhenNoAnswerIsRecordedInTime() {
        startTrack();
        draftAndApproveReviews();
        complete(task());
        Job silence = jobQuery().activityId(TIMER_NO_ANSWER_IN_TIME).singleResult();
        assertThat(silence.getDuedate().toInstant()).isEqualTo(CALENDAR.plus(CALENDAR.plus(
                ClockUtil.getCurrentTime().toInstant(), CONFIG.durationOf("counterpart-answer")),
                CONFIG.deadlines().escalationGrace()));

        execute(silence);

        assertThat(track).isWaitingAt(USER_TASK_DECIDE_STALLED).isNotWaitingAt(USER_TASK_RECORD_ANSWER);
    }

    @Test
    void shouldGrantFurtherRoundsWhenManagersContinue() {
        startTrack();
        toStalled();
        complete(task(), withVariables(VAR_STALL_DECISION, StallDecision.CONTINUE.name()));

        assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT).variables()
                .containsEntry(VAR_ROUND_LIMIT, 1 + MAX_ROUNDS);
    }

    @Test
    void shouldWaitSuspendedUntilAManagerResumes() {
        startTrack();
        toStalled();
        complete(task(), withVariables(VAR_STALL_DECISION, StallDecision.SUSPEND.name()));
        assertThat(track).isWaitingAt(USER_TASK_RESUME_TRACK);
        assertThat(task()).hasCandidateGroup("managers");

        complete(task(), withVariables(VAR_RESUME_DECISION, ResumeDecision.RESUME.name()));
        assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT);
    }

    @Test
    void shouldWithdrawASuspendedTrack() {
        startTrack();
        toStalled();
        complete(task(), withVariables(VAR_STALL_DECISION, StallDecision.SUSPEND.name()));
        complete(task(), withVariables(VAR_RESUME_DECISION, ResumeDecision.WITHDRAW.name()));

        assertThat(track).isEnded().hasPassed(END_EVENT_WITHDRAWN);
        assertThat(TrackStage.ofEndEvent(END_EVENT_WITHDRAWN)).isEqualTo(TrackStage.WITHDRAWN);
    }

    @Test
    void shouldWithdrawAStalledTrack() {
        startTrack();
        toStalled();
        complete(task(), withVariables(VAR_STALL_DECISION, StallDecision.WITHDRAW.name()));

        assertThat(track).isEnded().hasPassed(END_EVENT_WITHDRAWN).hasNotPassed(USER_TASK_RESUME_TRACK);
    }

    @ParameterizedTest
    @ValueSource(strings = {USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF,
            USER_TASK_UNDER_SECRETARY_SIGN_OFF})
    void shouldReturnToDraftingWithTheReasonWhenASignOffLevelRejects(String rejectingLevel) {
        startTrack();
        toSignOff();
        for (String level : List.of(USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF)) {
            if (level.equals(rejectingLevel)) {
                break;
            }
            complete(task(), withVariables(VAR_SIGN_OFF_DECISION, SignOffDecision.APPROVE.name()));
        }
        assertThat(track).isWaitingAt(rejectingLevel);
        complete(task(), withVariables(VAR_SIGN_OFF_DECISION, SignOffDecision.REJECT.name(),
                VAR_SIGN_OFF_REASON, "Annex B missing"));

        assertThat(track).isWaitingAt(USER_TASK_DRAFT_TEXT).hasNotPassed(EVENT_SIGNED)
                .variables().containsEntry(VAR_SIGN_OFF_REASON, "Annex B missing");
    }

    static Stream<Arguments> tasksWithDeadlines() {
        Map<String, Consumer<TrackProcessTests>> driveTo = new LinkedHashMap<>();
        driveTo.put(USER_TASK_DRAFT_TEXT, t -> { });
        driveTo.put(USER_TASK_LEGAL_REVIEW, t -> complete(task()));
        driveTo.put(USER_TASK_INTERAGENCY_REVIEW, t -> complete(task()));
        driveTo.put(USER_TASK_SEND_TEXT, TrackProcessTests::draftAndApproveReviews);
        driveTo.put(USER_TASK_RECORD_ANSWER, t -> { t.draftAndApproveReviews(); complete(task()); });
        driveTo.put(USER_TASK_REVISE_TEXT, t -> { t.draftAndApproveReviews(); complete(task());
            t.answer(CounterpartAnswer.MARKUP); });
        driveTo.put(USER_TASK_DECIDE_STALLED, TrackProcessTests::toStalled);
        driveTo.put(USER_TASK_RESUME_TRACK, t -> { t.toStalled();
            complete(task(), withVariables(VAR_STALL_DECISION, StallDecision.SUSPEND.name())); });
        driveTo.put(USER_TASK_AREA_LEAD_SIGN_OFF, TrackProcessTests::toSignOff);
        driveTo.put(USER_TASK_PROGRAM_MANAGER_SIGN_OFF, t -> { t.toSignOff(); t.approve(); });
        driveTo.put(USER_TASK_UNDER_SECRETARY_SIGN_OFF, t -> { t.toSignOff(); t.approve(); t.approve(); });
        driveTo.put(USER_TASK_CLOSE_TRACK, t -> { t.toSignOff(); t.approve(); t.approve(); t.approve(); });
        return driveTo.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tasksWithDeadlines")
    void shouldRemindBeforeTheDueDateAndSendTheOverdueNoticeOnItOnceEach(String taskKey,
            Consumer<TrackProcessTests> driveTo) {
        startTrack();
        driveTo.accept(this);
        NOTIFICATIONS.clear();
        Task open = taskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
        Job reminder = timerOf(taskKey, "Reminder");
        assertThat(reminder.getDuedate()).isEqualTo(
                Date.from(CALENDAR.minus(open.getDueDate().toInstant(), CONFIG.deadlines().reminderBefore())));

        fireAtItsTime(reminder);
        Job onTheDueDate = timerOf(taskKey, "Reminder");
        assertThat(onTheDueDate.getDuedate()).isEqualTo(open.getDueDate());
        fireAtItsTime(onTheDueDate);

        assertThat(timerOf(taskKey, "Reminder")).as("no third firing").isNull();
        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind, Notification::taskId, Notification::businessKey,
                Notification::recipients).containsExactly(
                        tuple(NotificationKind.REMINDER, open.getId(), TRACK, candidateGroupsOf(open)),
                        tuple(NotificationKind.OVERDUE, open.getId(), TRACK, candidateGroupsOf(open)));
        assertThat(track).isWaitingAt(taskKey);
    }

    @Test
    void shouldSendTheReminderAndTheOverdueNoticeOnceEachWhenTheClockJumpsPastTheDueDate() {
        startTrack();
        Task drafting = task();
        ClockUtil.setCurrentTime(Date.from(drafting.getDueDate().toInstant().plus(Duration.ofHours(1))));
        execute(timerOf(USER_TASK_DRAFT_TEXT, "Reminder"));

        assertThat(timerOf(USER_TASK_DRAFT_TEXT, "Reminder")).as("missed repetition skipped").isNull();
        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind)
                .containsExactly(NotificationKind.REMINDER, NotificationKind.OVERDUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tasksWithDeadlines")
    void shouldEscalateToManagersAfterTheGracePeriod(String taskKey, Consumer<TrackProcessTests> driveTo) {
        startTrack();
        driveTo.accept(this);
        NOTIFICATIONS.clear();
        Task open = taskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
        Job escalation = timerOf(taskKey, "Escalation");
        assertThat(escalation.getDuedate()).isEqualTo(
                Date.from(CALENDAR.plus(open.getDueDate().toInstant(), CONFIG.deadlines().escalationGrace())));

        execute(escalation);

        if (USER_TASK_RECORD_ANSWER.equals(taskKey)) {
            assertThat(track).isWaitingAt(USER_TASK_DECIDE_STALLED);
            assertThat(NOTIFICATIONS.all()).isEmpty();
        } else {
            assertThat(NOTIFICATIONS.all()).extracting(Notification::kind, Notification::taskId, Notification::recipients)
                    .containsExactly(tuple(NotificationKind.ESCALATION, open.getId(),
                            List.of(EscalateToManagersDelegate.MANAGERS)));
            assertThat(track).isWaitingAt(taskKey);
        }
    }

    @Test
    void shouldRemindTheAssigneeOnceATaskIsClaimed() {
        startTrack();
        taskService().claim(task().getId(), "jp-officer");
        execute(timerOf(USER_TASK_DRAFT_TEXT, "Reminder"));

        assertThat(NOTIFICATIONS.all()).extracting(Notification::recipients)
                .containsExactly(List.of("user:jp-officer"));
    }

    @Test
    void shouldCountDeadlinesFromTheEngineClock() {
        startTrack();
        ClockUtil.setCurrentTime(Date.from(KICKOFF.plus(Duration.ofDays(40))));
        ProcessInstance later = runtimeService().startProcessInstanceByKey(KEY, "KR-ENERGY");

        Task drafting = taskService().createTaskQuery().processInstanceId(later.getId()).singleResult();
        assertThat(drafting.getDueDate().toInstant()).isEqualTo(CALENDAR.plus(ClockUtil.getCurrentTime().toInstant(),
                CONFIG.durationOf("drafting")));
        assertThat(candidateGroupsOf(drafting)).containsExactly("group:desk-kr");
    }

    /** The deployment happens just before each test method, so each test opens its track itself. */
    private void startTrack() {
        track = runtimeService().startProcessInstanceByKey(KEY, TRACK);
        assertThat(track).isStarted();
    }

    /** Moves the engine clock just past the job's due date and runs it, as the job executor would. */
    private static void fireAtItsTime(Job job) {
        ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(1)));
        execute(job);
    }

    private Job timerOf(String taskKey, String kind) {
        return jobQuery().processInstanceId(track.getId())
                .activityId("timer_" + taskKey.substring("userTask_".length()) + kind).singleResult();
    }

    private static List<String> candidateGroupsOf(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null)
                .map(link -> "group:" + link.getGroupId()).sorted().toList();
    }

    private void draftAndApproveReviews() {
        complete(task());
        review(USER_TASK_LEGAL_REVIEW, VAR_LEGAL_DECISION, VAR_LEGAL_COMMENT, ReviewDecision.APPROVE);
        review(USER_TASK_INTERAGENCY_REVIEW, VAR_INTERAGENCY_DECISION, VAR_INTERAGENCY_COMMENT, ReviewDecision.APPROVE);
        assertThat(track).isWaitingAt(USER_TASK_SEND_TEXT).variables().containsEntry(VAR_NEGOTIATION_ROUND, 1);
    }

    private void toStalled() {
        draftAndApproveReviews();
        complete(task());
        answer(CounterpartAnswer.NO_ANSWER);
    }

    private void toSignOff() {
        draftAndApproveReviews();
        complete(task());
        answer(CounterpartAnswer.AGREED);
    }

    private void approve() {
        complete(task(), withVariables(VAR_SIGN_OFF_DECISION, SignOffDecision.APPROVE.name()));
    }

    private void review(String taskKey, String decisionVariable, String commentVariable, ReviewDecision decision) {
        Task review = task(taskKey);
        assertThat(review).hasCandidateGroup(taskKey.equals(USER_TASK_LEGAL_REVIEW) ? "legal" : "interagency");
        complete(review, withVariables(decisionVariable, decision.name(), commentVariable,
                decision == ReviewDecision.APPROVE ? "" : "Fix article 3"));
    }

    private void answer(CounterpartAnswer answer) {
        assertThat(track).isWaitingAt(USER_TASK_RECORD_ANSWER);
        complete(task(), withVariables(VAR_COUNTERPART_ANSWER, answer.name()));
    }

    private void signOff(String level, String group, SignOffDecision decision) {
        assertThat(track).isWaitingAt(level);
        assertThat(task()).hasCandidateGroup(group);
        complete(task(), withVariables(VAR_SIGN_OFF_DECISION, decision.name()));
    }
}
