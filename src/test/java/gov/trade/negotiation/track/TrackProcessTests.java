package gov.trade.negotiation.track;

import static gov.trade.negotiation.track.TrackProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import gov.trade.negotiation.config.AuthoritySettings;
import gov.trade.negotiation.config.AuthoritySettings.EntryIntoForce;
import gov.trade.negotiation.config.AuthoritySettings.Instrument;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.deadline.Deadlines;
import gov.trade.negotiation.deadline.WorkingCalendar;
import gov.trade.negotiation.drafts.DraftTexts;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.notify.AnnounceEntryIntoForceDelegate;
import gov.trade.negotiation.notify.AnnounceSignOffDelegate;
import gov.trade.negotiation.notify.AnnounceWithdrawalDelegate;
import gov.trade.negotiation.notify.DeadlineEscalationListener;
import gov.trade.negotiation.notify.DeadlineReminderListener;
import gov.trade.negotiation.notify.EscalateToManagersDelegate;
import gov.trade.negotiation.notify.Notification;
import gov.trade.negotiation.notify.NotificationKind;
import gov.trade.negotiation.notify.RecordedNotifications;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.process.TestEngines;

/**
 * Every path of the track, on the real engine with the application's own delegates and listeners, and the real
 * draft tables (Flyway's migrations on the engine's H2 database) for clearance and signature checks. Energy tracks
 * are covered by a blanket authority (binding, in force on signature, authority to conclude included); any other
 * area asks for authority to negotiate and chooses its instrument. {@code COORD-SEMICONDUCTORS} has two parties.
 */
@Deployment(resources = "processes/bilateralTrack.bpmn")
class TrackProcessTests {

    private static final String BLANKET = "JP-ENERGY";
    private static final String OWN_AUTHORITY = "JP-CRITICAL_MINERALS";
    private static final String TWO_PARTIES = "COORD-SEMICONDUCTORS";
    private static final NegotiationProperties CONFIG = TestConfig.projectConfig();
    private static final int MAX_ROUNDS = CONFIG.negotiation().maxRounds();
    private static final AuthoritySettings AUTHORITY = new AuthoritySettings(new AuthoritySettings.Blanket(
            List.of("ENERGY"), Instrument.BINDING, EntryIntoForce.ON_SIGNATURE, true));
    private static final RecordedNotifications NOTIFICATIONS = new RecordedNotifications();
    private static final EngineClock CLOCK = new EngineClock();
    private static final Instant KICKOFF = Instant.parse("2025-12-12T15:00:00Z");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(CONFIG);
    private static final String DATABASE = "jdbc:h2:mem:trackProcessTests;DB_CLOSE_DELAY=-1";
    private static final JdbcTemplate JDBC = migrated(DATABASE);
    private static final DraftTexts TEXTS = new DraftTexts(JDBC, CLOCK);
    private static final TrackParties PARTIES = new TrackParties() {
        @Override
        public List<String> of(String trackId) {
            return trackId.startsWith("COORD-") ? List.of("JP", "EU") : super.of(trackId);
        }

        @Override
        public String leadGroupOf(String trackId) {
            return trackId.startsWith("COORD-") ? "office-ustr" : super.leadGroupOf(trackId);
        }
    };
    private static final TrackTexts TRACK_TEXTS = new TrackTexts(TEXTS);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = TestEngines.coverage("trackProcessTests", DATABASE, beans());

    private ProcessInstance track;
    private String trackId;

    private static Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("assignTrackTeam", new AssignTrackTeamDelegate(CONFIG, AUTHORITY, PARTIES));
        beans.put("openNegotiationRound", new OpenNegotiationRoundDelegate());
        beans.put("grantFurtherRounds", new GrantFurtherRoundsDelegate(CONFIG));
        beans.put("restartRounds", new RestartRoundsDelegate(CONFIG));
        beans.put("deadlines", new Deadlines(CONFIG, CLOCK));
        beans.put("trackParties", PARTIES);
        beans.put("trackTexts", TRACK_TEXTS);
        beans.put("recordClearance", new ClearanceListener(TRACK_TEXTS));
        beans.put("checkTextSent", new SendTextListener(TRACK_TEXTS));
        beans.put("recordCounterpartAnswer", new CounterpartAnswerListener(TRACK_TEXTS, PARTIES));
        beans.put("storeDraftVersion", new DraftVersionListener(TRACK_TEXTS));
        beans.put("recordInitialing", new InitialingListener(TRACK_TEXTS));
        beans.put("recordSignature", new SignatureListener(TRACK_TEXTS));
        beans.put("recordDomesticProcedures", new DomesticProceduresListener());
        beans.put("taskReminder", new DeadlineReminderListener(NOTIFICATIONS, CLOCK));
        beans.put("taskEscalation", new DeadlineEscalationListener(NOTIFICATIONS, CLOCK));
        beans.put("announceSignOff", new AnnounceSignOffDelegate(NOTIFICATIONS, CLOCK, PARTIES));
        beans.put("announceEntryIntoForce", new AnnounceEntryIntoForceDelegate(NOTIFICATIONS, CLOCK, PARTIES));
        beans.put("announceWithdrawal", new AnnounceWithdrawalDelegate(NOTIFICATIONS, CLOCK, PARTIES));
        return beans;
    }

    private static JdbcTemplate migrated(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("app_schema_history")
                .load().migrate();
        return new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        NOTIFICATIONS.clear();
        ClockUtil.setCurrentTime(Date.from(KICKOFF));
        JDBC.update("delete from text_clearance");
        JDBC.update("delete from draft_version");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------ authority

    @Test
    void shouldStartDraftingAtOnceOnTheBlanketAuthoritysTerms() {
        start(BLANKET);

        assertThat(track).isWaitingAt(USER_TASK_DRAFT_TEXT).hasPassed(GATEWAY_BLANKET_AUTHORITY)
                .hasNotPassed(USER_TASK_REQUEST_AUTHORITY)
                .variables().containsEntry(VAR_NATION, "JP").containsEntry(VAR_AREA, "ENERGY")
                .containsEntry(VAR_LEAD_GROUP, "desk-jp").containsEntry(VAR_AREA_LEAD_GROUP, "area-energy")
                .containsEntry(VAR_INSTRUMENT, "BINDING").containsEntry(VAR_ENTRY_INTO_FORCE, "ON_SIGNATURE")
                .containsEntry(VAR_CONCLUDE_GRANTED, true);
        assertThat(one(USER_TASK_DRAFT_TEXT)).hasCandidateGroup("desk-jp");
        assertThat(one(USER_TASK_DRAFT_TEXT).getDueDate().toInstant())
                .isEqualTo(CALENDAR.plus(KICKOFF, CONFIG.durationOf("drafting")));
    }

    @Test
    void shouldAskForAuthorityToNegotiateWithAMemorandumOfLawAndGoBackWhenThePrincipalReturnsIt() {
        start(OWN_AUTHORITY);
        assertThat(track).isWaitingAt(USER_TASK_REQUEST_AUTHORITY);
        assertThat(one(USER_TASK_REQUEST_AUTHORITY)).hasCandidateGroup("desk-jp");
        requestAuthority(Instrument.BINDING, EntryIntoForce.ON_SIGNATURE, true);
        assertThat(one(USER_TASK_MEMORANDUM_OF_LAW)).hasCandidateGroup("legal");
        complete(one(USER_TASK_MEMORANDUM_OF_LAW));
        assertThat(one(USER_TASK_APPROVE_AUTHORITY)).hasCandidateGroup("principal");

        complete(one(USER_TASK_APPROVE_AUTHORITY), withVariables(VAR_AUTHORITY_DECISION, "RETURN",
                VAR_AUTHORITY_REASON, "Risks not described"));
        assertThat(track).isWaitingAt(USER_TASK_REQUEST_AUTHORITY).hasNotPassed(USER_TASK_DRAFT_TEXT);

        requestAuthority(Instrument.BINDING, EntryIntoForce.ON_SIGNATURE, true);
        complete(one(USER_TASK_MEMORANDUM_OF_LAW));
        complete(one(USER_TASK_APPROVE_AUTHORITY), withVariables(VAR_AUTHORITY_DECISION, "APPROVE"));

        assertThat(track).isWaitingAt(USER_TASK_DRAFT_TEXT).variables()
                .containsEntry(VAR_INSTRUMENT, "BINDING").containsEntry(VAR_CONCLUDE_GRANTED, true);
    }

    // ------------------------------------------------------------------ the ways to an agreement

    @Test
    void shouldConcludeANonBindingInstrumentWithoutAuthorityToConcludeOrEntryIntoForce() {
        start(OWN_AUTHORITY);
        authorize(Instrument.NON_BINDING, null, false);
        draftClearAndAgree();
        initialAndSignOff();

        assertThat(track).isWaitingAt(USER_TASK_SIGN).hasNotPassed(USER_TASK_REQUEST_CONCLUDE_AUTHORITY);
        sign("JP", null);

        assertThat(track).hasPassed(EVENT_AGREEMENT_SIGNED, EVENT_EFFECTIVE_ON_SIGNATURE)
                .hasNotPassed(USER_TASK_DOMESTIC_PROCEDURES, EVENT_ENTERED_INTO_FORCE)
                .isWaitingAt(USER_TASK_TRANSMIT_TEXT, USER_TASK_REPORT_TO_CONGRESS);
        assertThat(stage()).isEqualTo(TrackStage.IN_FORCE);
        report();
        assertThat(stage()).isEqualTo(TrackStage.REPORTED);
        complete(one(USER_TASK_CLOSE_TRACK));
        assertThat(track).isEnded().hasPassed(END_EVENT_CLOSED);
    }

    @Test
    void shouldEnterIntoForceOnSignatureUnderTheBlanketAuthority() {
        start(BLANKET);
        draftClearAndAgree();
        initialAndSignOff();
        sign("JP", null);

        assertThat(track).hasPassed(EVENT_AGREEMENT_SIGNED, EVENT_EFFECTIVE_ON_SIGNATURE)
                .hasNotPassed(USER_TASK_REQUEST_CONCLUDE_AUTHORITY, USER_TASK_DOMESTIC_PROCEDURES);
        assertThat(NOTIFICATIONS.all()).filteredOn(n -> n.kind() == NotificationKind.SIGNED).singleElement()
                .satisfies(signed -> {
                    assertThat(signed.businessKey()).isEqualTo(BLANKET);
                    assertThat(signed.recipients()).containsExactly("group:desk-jp", "group:area-energy",
                            "group:managers", "group:principal");
                });
        assertThat(PartyRecords.parse(variable(VAR_SIGNATURES))).containsOnlyKeys("JP")
                .extractingByKey("JP").satisfies(signature -> assertThat(signature)
                        .containsEntry("at", "Tokyo").containsEntry("us", "Under Secretary").containsEntry("version", "1"));
        report();
        complete(one(USER_TASK_CLOSE_TRACK));
        assertThat(track).isEnded().hasPassed(END_EVENT_CLOSED);
    }

    @Test
    void shouldEnterIntoForceWhenBothSidesNotifiedTheirDomesticProcedures() {
        start(OWN_AUTHORITY);
        authorize(Instrument.BINDING, EntryIntoForce.ON_NOTIFICATION, false);
        draftClearAndAgree();
        initialAndSignOff();

        assertThat(track).isWaitingAt(USER_TASK_REQUEST_CONCLUDE_AUTHORITY);
        complete(one(USER_TASK_REQUEST_CONCLUDE_AUTHORITY));
        assertThat(one(USER_TASK_APPROVE_CONCLUDE_AUTHORITY)).hasCandidateGroup("principal");
        complete(one(USER_TASK_APPROVE_CONCLUDE_AUTHORITY), withVariables(VAR_CONCLUDE_DECISION, "RETURN"));
        complete(one(USER_TASK_REQUEST_CONCLUDE_AUTHORITY));
        complete(one(USER_TASK_APPROVE_CONCLUDE_AUTHORITY), withVariables(VAR_CONCLUDE_DECISION, "APPROVE"));
        sign("JP", null);
        report();

        assertThat(track).isWaitingAt(USER_TASK_DOMESTIC_PROCEDURES).hasNotPassed(EVENT_EFFECTIVE_ON_SIGNATURE);
        assertThat(stage()).isEqualTo(TrackStage.SIGNED);
        assertThat(tasks(USER_TASK_DOMESTIC_PROCEDURES)).extracting(this::groupOf)
                .containsExactlyInAnyOrder("desk-jp", "desk-jp");
        completeAs(USER_TASK_DOMESTIC_PROCEDURES, "JP", Map.of(VAR_COMPLETED_ON, "2026-05-04"));
        assertThat(track).isWaitingAt(USER_TASK_DOMESTIC_PROCEDURES).hasNotPassed(EVENT_ENTERED_INTO_FORCE);
        completeAs(USER_TASK_DOMESTIC_PROCEDURES, "US", Map.of(VAR_COMPLETED_ON, "2026-06-01"));

        assertThat(track).hasPassed(EVENT_ENTERED_INTO_FORCE).isWaitingAt(USER_TASK_CLOSE_TRACK)
                .variables().containsEntry(VAR_EFFECTIVE_ON, "2026-06-01");
        assertThat(NOTIFICATIONS.all()).filteredOn(n -> n.kind() == NotificationKind.IN_FORCE).singleElement()
                .satisfies(inForce -> assertThat(inForce.details()).containsEntry("effectiveOn", "2026-06-01"));
    }

    // ------------------------------------------------------------------ clearance integrity

    @Test
    void shouldSendACounterpartsMarkupBackThroughRevisionAndANewReviewOfThatVersion() {
        start(BLANKET);
        draft("Article 1. Supply of energy.");
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        answer("JP", CounterpartAnswer.MARKUP, "Article 1. Supply of energy and hydrogen.");

        assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT).variables().containsEntry(VAR_ROUND_OUTCOME, "MARKUP");
        assertThat(TEXTS.latest(BLANKET)).get().satisfies(markup -> {
            assertThat(markup.number()).isEqualTo(2);
            assertThat(markup.author()).isEqualTo("counterpart:JP");
        });
        assertThat(TRACK_TEXTS.latestCleared(BLANKET)).isFalse();
        complete(one(USER_TASK_REVISE_TEXT));

        assertThat(track).isWaitingAt(USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW);
        clearReviews();
        assertThat(TEXTS.clearances(BLANKET)).extracting(AgreementTexts.Clearance::reviewer,
                AgreementTexts.Clearance::version).containsExactly(tuple(AgreementTexts.Reviewer.LEGAL, 1),
                        tuple(AgreementTexts.Reviewer.INTERAGENCY, 1), tuple(AgreementTexts.Reviewer.LEGAL, 2),
                        tuple(AgreementTexts.Reviewer.INTERAGENCY, 2));
        assertThat(track).isWaitingAt(USER_TASK_SEND_TEXT).variables().containsEntry(VAR_NEGOTIATION_ROUND, 2);
    }

    @Test
    void shouldReviewAgainWhenReviewersClearedDifferentVersions() {
        start(BLANKET);
        draft("Article 1.");
        complete(one(USER_TASK_LEGAL_REVIEW), withVariables(VAR_LEGAL_DECISION, "APPROVE", VAR_LEGAL_COMMENT, ""));
        TEXTS.addVersion(BLANKET, "jp-desk", "Article 1. Amended.", "after legal cleared");
        complete(one(USER_TASK_INTERAGENCY_REVIEW), withVariables(VAR_INTERAGENCY_DECISION, "APPROVE",
                VAR_INTERAGENCY_COMMENT, ""));

        assertThat(track).hasPassed(GATEWAY_LATEST_CLEARED).hasNotPassed(USER_TASK_SEND_TEXT)
                .isWaitingAt(USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW);
        clearReviews();
        assertThat(track).isWaitingAt(USER_TASK_SEND_TEXT);
    }

    @Test
    void shouldRefuseToClearAVersionOnceANewerOneExists() {
        start(BLANKET);
        draft("Article 1.");
        TEXTS.addVersion(BLANKET, "jp-desk", "Article 1. Amended.", null);

        assertThatThrownBy(() -> complete(one(USER_TASK_LEGAL_REVIEW), withVariables(VAR_LEGAL_DECISION, "APPROVE",
                VAR_LEGAL_COMMENT, "", VAR_VERSION, 1)))
                .hasRootCauseInstanceOf(ConflictException.class).rootCause().hasMessageContaining("Version 2 was added");
        assertThat(track).isWaitingAt(USER_TASK_LEGAL_REVIEW);
        assertThat(TEXTS.clearances(BLANKET)).isEmpty();
    }

    @Test
    void shouldRefuseASignatureOnAVersionThatDiffersFromTheClearedOne() {
        start(BLANKET);
        draftClearAndAgree();
        initialAndSignOff();
        TEXTS.addVersion(BLANKET, "jp-desk", "Article 1. Changed after initialing.", "late edit");
        Task signing = one(USER_TASK_SIGN);

        assertThatThrownBy(() -> complete(signing, signature(2)))
                .hasRootCauseInstanceOf(ConflictException.class).rootCause()
                .hasMessageContaining("Version 2 differs from the text cleared and initialed (version 1)");
        assertThat(track).isWaitingAt(USER_TASK_SIGN).hasNotPassed(EVENT_AGREEMENT_SIGNED);

        complete(signing, signature(1));
        assertThat(track).hasPassed(EVENT_AGREEMENT_SIGNED);
    }

    @Test
    void shouldReviewAgainWhenTheTextChangedAfterInitialing() {
        start(BLANKET);
        draftClearAndAgree();
        complete(one(USER_TASK_INITIAL_TEXT), initialing());
        TEXTS.addVersion(BLANKET, "jp-desk", "Article 1. Changed during sign-off.", null);
        complete(one(USER_TASK_CHECK_CONFORMITY), withVariables(VAR_CONFORMITY_DECISION, "CONFORMS"));
        approveSignOffs();

        assertThat(track).hasPassed(GATEWAY_STILL_CLEARED).hasNotPassed(USER_TASK_SIGN)
                .isWaitingAt(USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW);
    }

    @Test
    void shouldStoreTheTextCompletedWithDraftingAndRevisionAsTheNextVersionByWhoeverCompletedIt() {
        start(BLANKET);
        Task drafting = one(USER_TASK_DRAFT_TEXT);
        taskService().claim(drafting.getId(), "jp-desk");
        complete(drafting, Map.of(VAR_DRAFT_TEXT, Variables.stringValue("Article 1. Energy.", true),
                VAR_DRAFT_NOTE, Variables.stringValue("First draft", true)));
        complete(one(USER_TASK_LEGAL_REVIEW), withVariables(VAR_LEGAL_DECISION, "REQUEST_CHANGES",
                VAR_LEGAL_COMMENT, "Name the grids"));
        complete(one(USER_TASK_INTERAGENCY_REVIEW), withVariables(VAR_INTERAGENCY_DECISION, "APPROVE",
                VAR_INTERAGENCY_COMMENT, ""));

        Task revision = one(USER_TASK_REVISE_TEXT);
        taskService().claim(revision.getId(), "jp-desk-2");
        complete(revision, Map.of(VAR_DRAFT_TEXT, Variables.stringValue("Article 1. Energy and grids.", true)));

        assertThat(TEXTS.latest(BLANKET)).get().satisfies(latest -> {
            assertThat(latest.number()).isEqualTo(2);
            assertThat(latest.author()).isEqualTo("jp-desk-2");
        });
        assertThat(TEXTS.version(BLANKET, 1)).get().extracting(AgreementTexts.TextVersion::author).isEqualTo("jp-desk");
        assertThat(JDBC.queryForObject("select note from draft_version where track_id = ? and version_no = 1",
                String.class, BLANKET)).isEqualTo("First draft");
        assertThat(runtimeService().getVariables(track.getId())).doesNotContainKeys(VAR_DRAFT_TEXT, VAR_DRAFT_NOTE);
        assertThat(track).isWaitingAt(USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW);
    }

    @Test
    void shouldStoreNothingWhenARevisionKeepsTheLatestText() {
        start(BLANKET);
        draft("Article 1. Energy.");
        complete(one(USER_TASK_LEGAL_REVIEW), withVariables(VAR_LEGAL_DECISION, "REQUEST_CHANGES",
                VAR_LEGAL_COMMENT, "Reconsider"));
        complete(one(USER_TASK_INTERAGENCY_REVIEW), withVariables(VAR_INTERAGENCY_DECISION, "APPROVE",
                VAR_INTERAGENCY_COMMENT, ""));

        complete(one(USER_TASK_REVISE_TEXT), Map.of(VAR_DRAFT_TEXT, Variables.stringValue("Article 1. Energy.", true)));

        assertThat(TEXTS.latest(BLANKET)).get().extracting(AgreementTexts.TextVersion::number).isEqualTo(1);
    }

    @Test
    void shouldReviseWhenTheFinalTextDoesNotConform() {
        start(BLANKET);
        draftClearAndAgree();
        complete(one(USER_TASK_INITIAL_TEXT), initialing());
        assertThat(one(USER_TASK_CHECK_CONFORMITY)).hasCandidateGroup("legal");
        complete(one(USER_TASK_CHECK_CONFORMITY), withVariables(VAR_CONFORMITY_DECISION, "CHANGES_NEEDED",
                VAR_CONFORMITY_COMMENT, "Japanese text differs in article 4"));

        assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT).hasNotPassed(USER_TASK_AREA_LEAD_SIGN_OFF);
    }

    @Test
    void shouldReviseWhenAReviewRequestsChanges() {
        start(BLANKET);
        draft("Article 1.");
        complete(one(USER_TASK_LEGAL_REVIEW), withVariables(VAR_LEGAL_DECISION, "REQUEST_CHANGES",
                VAR_LEGAL_COMMENT, "Fix article 3"));
        complete(one(USER_TASK_INTERAGENCY_REVIEW), withVariables(VAR_INTERAGENCY_DECISION, "APPROVE",
                VAR_INTERAGENCY_COMMENT, ""));

        assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT).variables().containsEntry(VAR_LEGAL_COMMENT, "Fix article 3");
        assertThat(one(USER_TASK_REVISE_TEXT)).hasCandidateGroup("desk-jp");
    }

    // ------------------------------------------------------------------ several parties

    @Test
    void shouldAgreeOnlyWhenEveryPartyAgreedAndSendAnyMarkupBackForEveryone() {
        start(TWO_PARTIES);
        assertThat(track).isWaitingAt(USER_TASK_REQUEST_AUTHORITY);
        assertThat(one(USER_TASK_REQUEST_AUTHORITY)).hasCandidateGroup("office-ustr");
        authorize(Instrument.NON_BINDING, null, false);
        draft("Coordinated export controls on semiconductors.");
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        assertThat(tasks(USER_TASK_RECORD_ANSWER)).extracting(this::groupOf).containsExactlyInAnyOrder("desk-jp", "desk-eu");

        answer("JP", CounterpartAnswer.AGREED, null);
        answer("EU", CounterpartAnswer.MARKUP, "Coordinated export controls on semiconductors and equipment.");

        assertThat(track).isWaitingAt(USER_TASK_REVISE_TEXT);
        assertThat(tasks(USER_TASK_REVISE_TEXT)).singleElement().satisfies(revise -> assertThat(revise)
                .hasCandidateGroup("office-ustr"));
        assertThat(PartyRecords.parse(variable(VAR_COUNTERPART_ANSWERS))).containsOnlyKeys("JP", "EU");
        assertThat(TEXTS.latest(TWO_PARTIES)).get().extracting(AgreementTexts.TextVersion::author)
                .isEqualTo("counterpart:EU");

        complete(one(USER_TASK_REVISE_TEXT));
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        answer("JP", CounterpartAnswer.AGREED, null);
        answer("EU", CounterpartAnswer.AGREED, null);
        initialAndSignOff();
        assertThat(tasks(USER_TASK_SIGN)).extracting(this::groupOf).containsExactlyInAnyOrder("desk-jp", "desk-eu");
        sign("JP", null);
        assertThat(track).hasNotPassed(EVENT_AGREEMENT_SIGNED);
        sign("EU", null);

        assertThat(track).hasPassed(EVENT_AGREEMENT_SIGNED);
        assertThat(PartyRecords.parse(variable(VAR_SIGNATURES))).containsOnlyKeys("JP", "EU");
        assertThat(NOTIFICATIONS.all()).filteredOn(n -> n.kind() == NotificationKind.SIGNED).singleElement()
                .satisfies(signed -> assertThat(signed.recipients()).startsWith("group:office-ustr", "group:desk-jp",
                        "group:desk-eu"));
    }

    // ------------------------------------------------------------------ stalled, suspended, withdrawn

    @Test
    void shouldStallWhenACounterpartDoesNotAnswer() {
        start(BLANKET);
        toStalled();
        assertThat(track).isWaitingAt(USER_TASK_DECIDE_STALLED);
        assertThat(one(USER_TASK_DECIDE_STALLED)).hasCandidateGroup("managers");
        assertThat(stage()).isEqualTo(TrackStage.STALLED);
    }

    @Test
    void shouldStallAfterTheConfiguredNumberOfMarkupRounds() {
        start(BLANKET);
        draft("Article 1.");
        for (int round = 1; round < MAX_ROUNDS; round++) {
            clearReviews();
            complete(one(USER_TASK_SEND_TEXT));
            answer("JP", CounterpartAnswer.MARKUP, "Article 1, round " + round + ".");
            complete(one(USER_TASK_REVISE_TEXT));
        }
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        answer("JP", CounterpartAnswer.MARKUP, "Article 1, last round.");

        assertThat(track).isWaitingAt(USER_TASK_DECIDE_STALLED).variables()
                .containsEntry(VAR_NEGOTIATION_ROUND, MAX_ROUNDS);
    }

    @Test
    void shouldStallWhenNoAnswerIsRecordedInTime() {
        start(BLANKET);
        draft("Article 1.");
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        Job silence = jobQuery().processInstanceId(track.getId()).activityId(TIMER_NO_ANSWER_IN_TIME).singleResult();
        assertThat(silence.getDuedate().toInstant()).isEqualTo(CALENDAR.plus(CALENDAR.plus(
                ClockUtil.getCurrentTime().toInstant(), CONFIG.durationOf("counterpart-answer")),
                CONFIG.deadlines().escalationGrace()));

        execute(silence);

        assertThat(track).isWaitingAt(USER_TASK_DECIDE_STALLED).isNotWaitingAt(USER_TASK_RECORD_ANSWER);
    }

    @Test
    void shouldSendTheStillClearedTextAgainWhenManagersContinue() {
        start(BLANKET);
        toStalled();
        complete(one(USER_TASK_DECIDE_STALLED), withVariables(VAR_STALL_DECISION, "CONTINUE"));

        assertThat(track).isWaitingAt(USER_TASK_SEND_TEXT).hasPassed(SERVICE_TASK_GRANT_ROUNDS)
                .variables().containsEntry(VAR_ROUND_LIMIT, 1 + MAX_ROUNDS).containsEntry(VAR_NEGOTIATION_ROUND, 2);
    }

    @Test
    void shouldWaitSuspendedUntilAManagerResumes() {
        start(BLANKET);
        toStalled();
        complete(one(USER_TASK_DECIDE_STALLED), withVariables(VAR_STALL_DECISION, "SUSPEND"));
        assertThat(track).isWaitingAt(USER_TASK_RESUME_TRACK);
        assertThat(stage()).isEqualTo(TrackStage.SUSPENDED);

        complete(one(USER_TASK_RESUME_TRACK), withVariables(VAR_RESUME_DECISION, "RESUME"));
        assertThat(track).isWaitingAt(USER_TASK_SEND_TEXT);
    }

    @Test
    void shouldWithdrawAStalledTrackWithTheManagersReason() {
        start(BLANKET);
        toStalled();
        complete(one(USER_TASK_DECIDE_STALLED), withVariables(VAR_STALL_DECISION, "WITHDRAW",
                VAR_WITHDRAWAL_REASON, "No prospect of agreement"));

        assertThat(track).isEnded().hasPassed(END_EVENT_WITHDRAWN).hasNotPassed(USER_TASK_RESUME_TRACK);
        assertThat(TrackStage.ofEndEvent(historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(track.getId()).singleResult().getEndActivityId())).isEqualTo(TrackStage.WITHDRAWN);
        assertWithdrawalAnnounced("No prospect of agreement");
    }

    @Test
    void shouldWithdrawASuspendedTrack() {
        start(BLANKET);
        toStalled();
        complete(one(USER_TASK_DECIDE_STALLED), withVariables(VAR_STALL_DECISION, "SUSPEND"));
        complete(one(USER_TASK_RESUME_TRACK), withVariables(VAR_RESUME_DECISION, "WITHDRAW",
                VAR_WITHDRAWAL_REASON, "Talks ended"));

        assertThat(track).isEnded().hasPassed(END_EVENT_WITHDRAWN);
        assertThat(TrackStage.ofEndEvent(END_EVENT_WITHDRAWN)).isEqualTo(TrackStage.WITHDRAWN);
    }

    @Test
    void shouldWithdrawARunningTrackByMessageWithTheReason() {
        start(BLANKET);
        draft("Article 1.");
        assertThat(track).isWaitingAt(USER_TASK_LEGAL_REVIEW, USER_TASK_INTERAGENCY_REVIEW);

        runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(BLANKET)
                .setVariable(VAR_WITHDRAWAL_REASON, "Japan left the initiative").correlate();

        assertThat(track).isEnded().hasPassed(START_EVENT_WITHDRAWAL_ORDERED, END_EVENT_WITHDRAWN_BY_ORDER);
        assertThat(taskService().createTaskQuery().processInstanceId(track.getId()).count()).isZero();
        assertThat(TrackStage.ofEndEvent(historyService().createHistoricProcessInstanceQuery()
                .processInstanceId(track.getId()).singleResult().getEndActivityId())).isEqualTo(TrackStage.WITHDRAWN);
        assertWithdrawalAnnounced("Japan left the initiative");
    }

    // ------------------------------------------------------------------ sign-off

    @ParameterizedTest
    @ValueSource(strings = {USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF,
            USER_TASK_UNDER_SECRETARY_SIGN_OFF})
    void shouldReturnToDraftingWithTheReasonAndFreshRoundsWhenASignOffLevelRejects(String rejectingLevel) {
        start(BLANKET);
        draft("Article 1.");
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        answer("JP", CounterpartAnswer.MARKUP, "Article 1 bis.");
        complete(one(USER_TASK_REVISE_TEXT));
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        answer("JP", CounterpartAnswer.AGREED, null);
        complete(one(USER_TASK_INITIAL_TEXT), initialing());
        complete(one(USER_TASK_CHECK_CONFORMITY), withVariables(VAR_CONFORMITY_DECISION, "CONFORMS"));
        for (String level : List.of(USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF)) {
            if (level.equals(rejectingLevel)) {
                break;
            }
            complete(one(level), withVariables(VAR_SIGN_OFF_DECISION, "APPROVE"));
        }
        complete(one(rejectingLevel), withVariables(VAR_SIGN_OFF_DECISION, "REJECT", VAR_SIGN_OFF_REASON,
                "Annex B missing"));

        assertThat(track).isWaitingAt(USER_TASK_DRAFT_TEXT).hasPassed(SERVICE_TASK_RESTART_ROUNDS)
                .hasNotPassed(EVENT_AGREEMENT_SIGNED).variables().containsEntry(VAR_SIGN_OFF_REASON, "Annex B missing")
                .containsEntry(VAR_NEGOTIATION_ROUND, 0).containsEntry(VAR_ROUND_LIMIT, MAX_ROUNDS);
    }

    @Test
    void shouldAskEachSignOffLevelInTurn() {
        start(BLANKET);
        draftClearAndAgree();
        complete(one(USER_TASK_INITIAL_TEXT), initialing());
        complete(one(USER_TASK_CHECK_CONFORMITY), withVariables(VAR_CONFORMITY_DECISION, "CONFORMS"));
        assertThat(one(USER_TASK_AREA_LEAD_SIGN_OFF)).hasCandidateGroup("area-energy");
        complete(one(USER_TASK_AREA_LEAD_SIGN_OFF), withVariables(VAR_SIGN_OFF_DECISION, "APPROVE"));
        assertThat(one(USER_TASK_PROGRAM_MANAGER_SIGN_OFF)).hasCandidateGroup("managers");
        complete(one(USER_TASK_PROGRAM_MANAGER_SIGN_OFF), withVariables(VAR_SIGN_OFF_DECISION, "APPROVE"));
        assertThat(one(USER_TASK_UNDER_SECRETARY_SIGN_OFF)).hasCandidateGroup("principal");
        assertThat(stage()).isEqualTo(TrackStage.SIGN_OFF);
        complete(one(USER_TASK_UNDER_SECRETARY_SIGN_OFF), withVariables(VAR_SIGN_OFF_DECISION, "APPROVE"));

        assertThat(track).isWaitingAt(USER_TASK_SIGN).variables().containsEntry(VAR_INITIALED_VERSION, 1);
        assertThat(stage()).isEqualTo(TrackStage.CLEARED_FOR_SIGNATURE);
    }

    // ------------------------------------------------------------------ deadlines

    static Stream<Arguments> tasksWithDeadlines() {
        Map<String, Consumer<TrackProcessTests>> driveTo = new LinkedHashMap<>();
        driveTo.put(USER_TASK_REQUEST_AUTHORITY, t -> t.start(OWN_AUTHORITY));
        driveTo.put(USER_TASK_MEMORANDUM_OF_LAW, t -> { t.start(OWN_AUTHORITY);
            t.requestAuthority(Instrument.NON_BINDING, null, false); });
        driveTo.put(USER_TASK_APPROVE_AUTHORITY, t -> { t.start(OWN_AUTHORITY);
            t.requestAuthority(Instrument.NON_BINDING, null, false); complete(t.one(USER_TASK_MEMORANDUM_OF_LAW)); });
        driveTo.put(USER_TASK_DRAFT_TEXT, t -> t.start(BLANKET));
        driveTo.put(USER_TASK_LEGAL_REVIEW, t -> { t.start(BLANKET); t.draft("Article 1."); });
        driveTo.put(USER_TASK_INTERAGENCY_REVIEW, t -> { t.start(BLANKET); t.draft("Article 1."); });
        driveTo.put(USER_TASK_REVISE_TEXT, t -> { t.start(BLANKET); t.draft("Article 1.");
            complete(t.one(USER_TASK_LEGAL_REVIEW), withVariables(VAR_LEGAL_DECISION, "REQUEST_CHANGES"));
            complete(t.one(USER_TASK_INTERAGENCY_REVIEW), withVariables(VAR_INTERAGENCY_DECISION, "APPROVE")); });
        driveTo.put(USER_TASK_SEND_TEXT, t -> { t.start(BLANKET); t.draft("Article 1."); t.clearReviews(); });
        driveTo.put(USER_TASK_RECORD_ANSWER, t -> { t.start(BLANKET); t.draft("Article 1."); t.clearReviews();
            complete(t.one(USER_TASK_SEND_TEXT)); });
        driveTo.put(USER_TASK_DECIDE_STALLED, t -> { t.start(BLANKET); t.toStalled(); });
        driveTo.put(USER_TASK_RESUME_TRACK, t -> { t.start(BLANKET); t.toStalled();
            complete(t.one(USER_TASK_DECIDE_STALLED), withVariables(VAR_STALL_DECISION, "SUSPEND")); });
        driveTo.put(USER_TASK_INITIAL_TEXT, t -> { t.start(BLANKET); t.draftClearAndAgree(); });
        driveTo.put(USER_TASK_CHECK_CONFORMITY, t -> { t.start(BLANKET); t.draftClearAndAgree();
            complete(t.one(USER_TASK_INITIAL_TEXT), initialing()); });
        driveTo.put(USER_TASK_AREA_LEAD_SIGN_OFF, t -> { t.start(BLANKET); t.draftClearAndAgree();
            complete(t.one(USER_TASK_INITIAL_TEXT), initialing());
            complete(t.one(USER_TASK_CHECK_CONFORMITY), withVariables(VAR_CONFORMITY_DECISION, "CONFORMS")); });
        driveTo.put(USER_TASK_PROGRAM_MANAGER_SIGN_OFF, t -> { t.driveTo(USER_TASK_AREA_LEAD_SIGN_OFF); t.approve(); });
        driveTo.put(USER_TASK_UNDER_SECRETARY_SIGN_OFF, t -> { t.driveTo(USER_TASK_AREA_LEAD_SIGN_OFF); t.approve();
            t.approve(); });
        driveTo.put(USER_TASK_REQUEST_CONCLUDE_AUTHORITY, t -> { t.start(OWN_AUTHORITY);
            t.authorize(Instrument.BINDING, EntryIntoForce.ON_SIGNATURE, false); t.draftClearAndAgree();
            t.initialAndSignOff(); });
        driveTo.put(USER_TASK_APPROVE_CONCLUDE_AUTHORITY, t -> { t.driveTo(USER_TASK_REQUEST_CONCLUDE_AUTHORITY);
            complete(t.one(USER_TASK_REQUEST_CONCLUDE_AUTHORITY)); });
        driveTo.put(USER_TASK_SIGN, t -> { t.start(BLANKET); t.draftClearAndAgree(); t.initialAndSignOff(); });
        driveTo.put(USER_TASK_DOMESTIC_PROCEDURES, t -> { t.start(OWN_AUTHORITY);
            t.authorize(Instrument.BINDING, EntryIntoForce.ON_NOTIFICATION, true); t.draftClearAndAgree();
            t.initialAndSignOff(); t.sign("JP", null); });
        driveTo.put(USER_TASK_TRANSMIT_TEXT, t -> { t.driveTo(USER_TASK_SIGN); t.sign("JP", null); });
        driveTo.put(USER_TASK_REPORT_TO_CONGRESS, t -> { t.driveTo(USER_TASK_SIGN); t.sign("JP", null); });
        driveTo.put(USER_TASK_CLOSE_TRACK, t -> { t.driveTo(USER_TASK_SIGN); t.sign("JP", null); t.report(); });
        return driveTo.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    private static final Map<String, Consumer<TrackProcessTests>> DRIVERS = new LinkedHashMap<>();

    static {
        tasksWithDeadlines().forEach(arguments -> {
            @SuppressWarnings("unchecked")
            Consumer<TrackProcessTests> driver = (Consumer<TrackProcessTests>) arguments.get()[1];
            DRIVERS.put((String) arguments.get()[0], driver);
        });
    }

    private void driveTo(String taskKey) {
        DRIVERS.get(taskKey).accept(this);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tasksWithDeadlines")
    void shouldRemindBeforeTheDueDateAndSendTheOverdueNoticeOnItOnceEach(String taskKey,
            Consumer<TrackProcessTests> driveTo) {
        driveTo.accept(this);
        NOTIFICATIONS.clear();
        Task open = tasks(taskKey).get(0);
        Job reminder = timer(open, "CYCLE");
        assertThat(reminder.getDuedate()).isEqualTo(
                Date.from(calendarOf(taskKey).minus(open.getDueDate().toInstant(), CONFIG.deadlines().reminderBefore())));

        fireAtItsTime(reminder);
        Job onTheDueDate = timer(open, "CYCLE");
        assertThat(onTheDueDate.getDuedate()).isEqualTo(open.getDueDate());
        fireAtItsTime(onTheDueDate);

        assertThat(timer(open, "CYCLE")).as("no third firing").isNull();
        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind, Notification::taskId, Notification::businessKey,
                Notification::recipients).containsExactly(
                        tuple(NotificationKind.REMINDER, open.getId(), trackId, candidateGroupsOf(open)),
                        tuple(NotificationKind.OVERDUE, open.getId(), trackId, candidateGroupsOf(open)));
        assertThat(track).isWaitingAt(taskKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tasksWithDeadlines")
    void shouldEscalateToManagersAfterTheGracePeriod(String taskKey, Consumer<TrackProcessTests> driveTo) {
        driveTo.accept(this);
        NOTIFICATIONS.clear();
        Task open = tasks(taskKey).get(0);
        if (USER_TASK_RECORD_ANSWER.equals(taskKey)) {
            assertThat(timer(open, "DURATION")).as("the counterpart's silence stalls the track instead").isNull();
            return;
        }
        Job escalation = timer(open, "DURATION");
        assertThat(escalation.getDuedate()).isEqualTo(
                Date.from(calendarOf(taskKey).plus(open.getDueDate().toInstant(), CONFIG.deadlines().escalationGrace())));

        execute(escalation);

        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind, Notification::taskId, Notification::recipients)
                .containsExactly(tuple(NotificationKind.ESCALATION, open.getId(),
                        List.of(EscalateToManagersDelegate.MANAGERS)));
        assertThat(track).isWaitingAt(taskKey);
    }

    @Test
    void shouldEscalateAnOverdueTransmittalToTheTreatyOfficeToManagersFifteenCalendarDaysAfterSignature() {
        driveTo(USER_TASK_SIGN);
        Instant signedAt = ClockUtil.getCurrentTime().toInstant();
        sign("JP", null);
        NOTIFICATIONS.clear();
        Task transmittal = one(USER_TASK_TRANSMIT_TEXT);
        assertThat(transmittal.getDueDate().toInstant()).isEqualTo(signedAt.plus(Duration.ofDays(15)));

        ClockUtil.setCurrentTime(Date.from(transmittal.getDueDate().toInstant()
                .plus(CONFIG.deadlines().escalationGrace()).plusSeconds(60)));
        execute(timer(transmittal, "CYCLE"));
        execute(timer(transmittal, "DURATION"));

        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind, Notification::recipients).containsExactly(
                tuple(NotificationKind.REMINDER, List.of("group:desk-jp")),
                tuple(NotificationKind.OVERDUE, List.of("group:desk-jp")),
                tuple(NotificationKind.ESCALATION, List.of(EscalateToManagersDelegate.MANAGERS)));
        assertThat(track).isWaitingAt(USER_TASK_TRANSMIT_TEXT);
    }

    @Test
    void shouldSendTheReminderAndTheOverdueNoticeOnceEachWhenTheClockJumpsPastTheDueDate() {
        start(BLANKET);
        Task drafting = one(USER_TASK_DRAFT_TEXT);
        ClockUtil.setCurrentTime(Date.from(drafting.getDueDate().toInstant().plus(Duration.ofHours(1))));
        execute(timer(drafting, "CYCLE"));

        assertThat(timer(drafting, "CYCLE")).as("missed repetition skipped").isNull();
        assertThat(NOTIFICATIONS.all()).extracting(Notification::kind)
                .containsExactly(NotificationKind.REMINDER, NotificationKind.OVERDUE);
    }

    @Test
    void shouldRemindTheAssigneeOnceATaskIsClaimed() {
        start(BLANKET);
        taskService().claim(one(USER_TASK_DRAFT_TEXT).getId(), "jp-officer");
        execute(timer(one(USER_TASK_DRAFT_TEXT), "CYCLE"));

        assertThat(NOTIFICATIONS.all()).extracting(Notification::recipients)
                .containsExactly(List.of("user:jp-officer"));
    }

    @Test
    void shouldCountDeadlinesFromTheEngineClock() {
        start(BLANKET);
        ClockUtil.setCurrentTime(Date.from(KICKOFF.plus(Duration.ofDays(40))));
        ProcessInstance later = runtimeService().startProcessInstanceByKey(KEY, "KR-ENERGY");

        Task drafting = taskService().createTaskQuery().processInstanceId(later.getId()).singleResult();
        assertThat(drafting.getDueDate().toInstant()).isEqualTo(CALENDAR.plus(ClockUtil.getCurrentTime().toInstant(),
                CONFIG.durationOf("drafting")));
        assertThat(candidateGroupsOf(drafting)).containsExactly("group:desk-kr");
    }

    // ------------------------------------------------------------------ helpers

    /** The deployment happens just before each test method, so each test opens its track itself. */
    private void start(String id) {
        trackId = id;
        track = runtimeService().startProcessInstanceByKey(KEY, id);
        assertThat(track).isStarted();
    }

    private void requestAuthority(Instrument instrument, EntryIntoForce entryIntoForce, boolean concludeToo) {
        Map<String, Object> request = new HashMap<>();
        request.put(VAR_INSTRUMENT, instrument.name());
        request.put(VAR_ENTRY_INTO_FORCE, entryIntoForce == null ? null : entryIntoForce.name());
        request.put(VAR_CONCLUDE_REQUESTED, concludeToo);
        complete(one(USER_TASK_REQUEST_AUTHORITY), request);
    }

    private void authorize(Instrument instrument, EntryIntoForce entryIntoForce, boolean concludeToo) {
        requestAuthority(instrument, entryIntoForce, concludeToo);
        complete(one(USER_TASK_MEMORANDUM_OF_LAW));
        complete(one(USER_TASK_APPROVE_AUTHORITY), withVariables(VAR_AUTHORITY_DECISION, "APPROVE"));
    }

    private void draft(String text) {
        TEXTS.addVersion(trackId, "jp-desk", text, null);
        complete(one(USER_TASK_DRAFT_TEXT));
    }

    private void clearReviews() {
        complete(one(USER_TASK_LEGAL_REVIEW), withVariables(VAR_LEGAL_DECISION, "APPROVE", VAR_LEGAL_COMMENT, ""));
        complete(one(USER_TASK_INTERAGENCY_REVIEW), withVariables(VAR_INTERAGENCY_DECISION, "APPROVE",
                VAR_INTERAGENCY_COMMENT, ""));
    }

    private void draftClearAndAgree() {
        draft("Article 1. The parties secure the supply chain.");
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        for (String party : PARTIES.of(trackId)) {
            answer(party, CounterpartAnswer.AGREED, null);
        }
        assertThat(track).isWaitingAt(USER_TASK_INITIAL_TEXT);
    }

    private void toStalled() {
        draft("Article 1.");
        clearReviews();
        complete(one(USER_TASK_SEND_TEXT));
        answer("JP", CounterpartAnswer.NO_ANSWER, null);
    }

    private void answer(String party, CounterpartAnswer answer, String markup) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_COUNTERPART_ANSWER, Variables.stringValue(answer.name(), true));
        if (markup != null) {
            variables.put(VAR_MARKUP_TEXT, Variables.stringValue(markup, true));
        }
        completeAs(USER_TASK_RECORD_ANSWER, party, variables);
    }

    private static Map<String, Object> initialing() {
        return withVariables(VAR_INITIALED_ON, "2026-03-02");
    }

    private void initialAndSignOff() {
        complete(one(USER_TASK_INITIAL_TEXT), initialing());
        complete(one(USER_TASK_CHECK_CONFORMITY), withVariables(VAR_CONFORMITY_DECISION, "CONFORMS"));
        approveSignOffs();
    }

    private void approveSignOffs() {
        approve();
        approve();
        approve();
    }

    private void approve() {
        Task signOff = taskService().createTaskQuery().processInstanceId(track.getId())
                .taskDefinitionKeyIn(USER_TASK_AREA_LEAD_SIGN_OFF, USER_TASK_PROGRAM_MANAGER_SIGN_OFF,
                        USER_TASK_UNDER_SECRETARY_SIGN_OFF).singleResult();
        complete(signOff, withVariables(VAR_SIGN_OFF_DECISION, "APPROVE"));
    }

    private static Map<String, Object> signature(Integer version) {
        Map<String, Object> variables = new HashMap<>(withVariables(VAR_SIGNED_ON, "2026-04-01", VAR_SIGNED_AT, "Tokyo",
                VAR_US_SIGNATORY, "Under Secretary", VAR_COUNTERPART_SIGNATORY, "Minister"));
        if (version != null) {
            variables.put(VAR_VERSION, Variables.integerValue(version, true));
        }
        return variables;
    }

    private void sign(String party, Integer version) {
        completeAs(USER_TASK_SIGN, party, signature(version));
    }

    private void report() {
        complete(one(USER_TASK_TRANSMIT_TEXT), withVariables(VAR_TRANSMITTED_ON, "2026-04-10"));
        assertThat(one(USER_TASK_REPORT_TO_CONGRESS)).hasCandidateGroup("legal");
        complete(one(USER_TASK_REPORT_TO_CONGRESS), withVariables(VAR_REPORTED_ON, "2026-05-01"));
    }

    /** Completes the instance of a per-party step that belongs to the party. */
    private void completeAs(String taskKey, String party, Map<String, Object> variables) {
        Task task = tasks(taskKey).stream()
                .filter(candidate -> party.equals(taskService().getVariable(candidate.getId(), VAR_PARTY)))
                .findFirst().orElseThrow(() -> new AssertionError("No " + taskKey + " for " + party));
        complete(task, variables);
    }

    private Task one(String taskKey) {
        List<Task> open = tasks(taskKey);
        assertThat(open).as(taskKey).hasSize(1);
        return open.get(0);
    }

    private List<Task> tasks(String taskKey) {
        return taskService().createTaskQuery().processInstanceId(track.getId()).taskDefinitionKey(taskKey).list();
    }

    private Object variable(String name) {
        return runtimeService().getVariable(track.getId(), name);
    }

    private TrackStage stage() {
        return TrackStage.ofOpenTasks(taskService().createTaskQuery().processInstanceId(track.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).toList());
    }

    private String groupOf(Task task) {
        List<String> groups = candidateGroupsOf(task);
        assertThat(groups).hasSize(1);
        return groups.get(0).substring("group:".length());
    }

    private void assertWithdrawalAnnounced(String reason) {
        assertThat(NOTIFICATIONS.all()).filteredOn(n -> n.kind() == NotificationKind.WITHDRAWN).singleElement()
                .satisfies(withdrawn -> {
                    assertThat(withdrawn.recipients()).containsExactly("group:desk-jp", "group:managers");
                    assertThat(withdrawn.details()).containsEntry("reason", reason);
                });
        assertThat(taskService().getProcessInstanceComments(track.getId()))
                .anySatisfy(comment -> assertThat(comment.getFullMessage()).isEqualTo("[WITHDRAWN] " + reason));
    }

    /** The task's reminder (a cycle) or escalation (a duration) timeout listener's timer. */
    private static Job timer(Task task, String kind) {
        List<Job> found = new ArrayList<>();
        for (Job job : jobQuery().processInstanceId(task.getProcessInstanceId()).executionId(task.getExecutionId())
                .timers().list()) {
            String configuration = managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getJobConfiguration();
            if (configuration.startsWith(kind)) {
                found.add(job);
            }
        }
        assertThat(found).as(kind + " timers of " + task.getTaskDefinitionKey()).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    private static WorkingCalendar calendarOf(String taskKey) {
        return USER_TASK_TRANSMIT_TEXT.equals(taskKey) || USER_TASK_REPORT_TO_CONGRESS.equals(taskKey)
                ? new WorkingCalendar(CONFIG.kickoff().zone(), false, java.util.Set.of()) : CALENDAR;
    }

    /** Moves the engine clock just past the job's due date and runs it, as the job executor would. */
    private static void fireAtItsTime(Job job) {
        ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(1)));
        execute(job);
    }

    private static List<String> candidateGroupsOf(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null)
                .map(link -> "group:" + link.getGroupId()).sorted().toList();
    }
}
