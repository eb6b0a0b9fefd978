package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.process.TestEngines;
import gov.trade.negotiation.track.TrackProcess;

/**
 * The program waits until it is closed; parties join it by message, each join on its own date, its tracks and
 * meeting series started one job each. Tracks and series are stand-ins, so the test decides when they end.
 */
@Deployment(resources = {"processes/negotiationProgram.bpmn", "stubs/bilateralTrackStub.bpmn",
        "stubs/followUpMeetingsStub.bpmn"})
class ProgramProcessTests {

    private static final Instant NOW = Instant.parse("2026-02-02T14:00:00Z");

    /** The joins as the program's table would hold them. */
    public static final class Joins {
        private final Map<String, List<String>> tracks = new HashMap<>();
        private final Map<String, List<String>> nations = new HashMap<>();

        public List<String> trackIds(String joinId) {
            return tracks.getOrDefault(joinId, List.of());
        }

        private final Set<String> withdrawn = new HashSet<>();

        public List<String> nations(String joinId) {
            return nations.getOrDefault(joinId, List.of());
        }

        public boolean startsTrack(String joinId, String trackId) {
            return trackIds(joinId).contains(trackId) && !withdrawn.contains(trackId);
        }

        public boolean startsMeetings(String joinId, String nation) {
            return nations(joinId).contains(nation) && !withdrawn.contains(nation);
        }
    }

    private static final Joins JOINS = new Joins();

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = TestEngines.coverage("programProcessTests",
            Map.of("programPlan", new ProgramPlan(TestConfig.projectConfig()), "programJoins", JOINS));

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        JOINS.withdrawn.clear();
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void shouldStartEachJoinedTrackAndMeetingSeriesInItsOwnJobOnceTheJoiningDateIsReached() {
        ProcessInstance program = kickoff();
        join(program, "founding", List.of("JP-ENERGY", "JP-SEMICONDUCTORS", "KR-ENERGY"), List.of("JP", "KR"), NOW);

        assertThat(program).isWaitingAt(ProgramProcess.EVENT_PROGRAM_CLOSED, ProgramProcess.TIMER_JOINING_DATE);
        assertThat(started(TrackProcess.KEY)).isEmpty();

        fireTimer(program);
        List<Job> starts = managementService().createJobQuery().processInstanceId(program.getId()).list();
        assertThat(starts).as("one asynchronous start per track and per series").hasSize(5);
        runJobs(program);

        assertThat(started(TrackProcess.KEY)).containsExactlyInAnyOrder("JP-ENERGY", "JP-SEMICONDUCTORS", "KR-ENERGY");
        assertThat(started(MeetingProcess.KEY)).containsExactlyInAnyOrder("MEETINGS-JP", "MEETINGS-KR");
        ProcessInstance japan = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(MeetingProcess.seriesKey("JP")).singleResult();
        assertThat(runtimeService().getVariable(japan.getId(), MeetingProcess.VAR_NATION)).isEqualTo("JP");
        assertThat(program).isWaitingAt(ProgramProcess.EVENT_PROGRAM_CLOSED, ProgramProcess.CALL_ACTIVITY_TRACKS,
                ProgramProcess.CALL_ACTIVITY_MEETING_SERIES);
    }

    @Test
    void shouldStartNothingForAPartyWithdrawnWhileItsStartsWaitedInTheirJobs() {
        ProcessInstance program = kickoff();
        join(program, "founding", List.of("JP-ENERGY", "NL-ENERGY", "NL-SEMICONDUCTORS"), List.of("JP", "NL"), NOW);
        fireTimer(program);
        assertThat(managementService().createJobQuery().processInstanceId(program.getId()).count()).isEqualTo(5);

        JOINS.withdrawn.addAll(List.of("NL-ENERGY", "NL-SEMICONDUCTORS", "NL"));
        runJobs(program);

        assertThat(started(TrackProcess.KEY)).containsExactly("JP-ENERGY");
        assertThat(started(MeetingProcess.KEY)).containsExactly("MEETINGS-JP");
        assertThat(program).hasPassed(ProgramProcess.END_EVENT_TRACK_NOT_STARTED,
                ProgramProcess.END_EVENT_SERIES_NOT_STARTED).isWaitingAt(ProgramProcess.EVENT_PROGRAM_CLOSED,
                ProgramProcess.CALL_ACTIVITY_TRACKS, ProgramProcess.CALL_ACTIVITY_MEETING_SERIES);

        completeAllTasks();
        runJobs(program);
        assertThat(program).hasPassed(ProgramProcess.END_EVENT_JOINED_DONE);
    }

    @Test
    void shouldKeepTwoJoinsApartAndStartALaterOneOnlyOnItsDate() {
        ProcessInstance program = kickoff();
        Instant march = Instant.parse("2026-03-01T05:00:00Z");
        join(program, "now", List.of("GB-ENERGY"), List.of("GB"), NOW);
        join(program, "march", List.of("CA-ENERGY", "CA-SEMICONDUCTORS"), List.of("CA"), march);

        assertThat(runtimeService().createVariableInstanceQuery().variableName(ProgramProcess.VAR_JOIN_ID).list())
                .as("each join's id lives in its own event subprocess")
                .extracting(variable -> variable.getValue()).containsExactlyInAnyOrder("now", "march");
        fireTimer(program);
        runJobs(program);
        assertThat(started(TrackProcess.KEY)).containsExactly("GB-ENERGY");
        Job marchTimer = managementService().createJobQuery().processInstanceId(program.getId())
                .activityId(ProgramProcess.TIMER_JOINING_DATE).singleResult();
        assertThat(marchTimer.getDuedate()).isEqualTo(Date.from(march));

        ClockUtil.setCurrentTime(Date.from(march.plus(1, ChronoUnit.MINUTES)));
        fireTimer(program);
        runJobs(program);

        assertThat(started(TrackProcess.KEY)).containsExactlyInAnyOrder("GB-ENERGY", "CA-ENERGY", "CA-SEMICONDUCTORS");
        assertThat(started(MeetingProcess.KEY)).containsExactlyInAnyOrder("MEETINGS-GB", "MEETINGS-CA");
    }

    @Test
    void shouldCompleteAJoinWithoutMeetingSeriesOnceItsTracksEnd() {
        ProcessInstance program = kickoff();
        join(program, "area", List.of("JP-QUANTUM"), List.of(), NOW);
        fireTimer(program);
        runJobs(program);

        completeAllTasks();
        runJobs(program);

        assertThat(program).hasPassed(ProgramProcess.END_EVENT_JOINED_DONE).isWaitingAt(ProgramProcess.EVENT_PROGRAM_CLOSED);
    }

    @Test
    void shouldCompleteOnceClosedAndEveryJoinedTrackAndSeriesHasEnded() {
        ProcessInstance program = kickoff();
        join(program, "founding", List.of("AU-ENERGY"), List.of("AU"), NOW);
        fireTimer(program);
        runJobs(program);

        runtimeService().createMessageCorrelation(ProgramProcess.MESSAGE_PROGRAM_CLOSED)
                .processInstanceId(program.getId()).correlate();
        assertThat(program).as("closed, but a track still runs").isNotEnded();

        completeAllTasks();
        runJobs(program);

        assertThat(program).isEnded().hasPassed(ProgramProcess.END_EVENT_PROGRAM_COMPLETE,
                ProgramProcess.END_EVENT_JOINED_DONE);
    }

    private static ProcessInstance kickoff() {
        return runtimeService().startProcessInstanceByKey(ProgramProcess.KEY, "PROGRAM");
    }

    private static void join(ProcessInstance program, String joinId, List<String> tracks, List<String> nations,
            Instant date) {
        JOINS.tracks.put(joinId, tracks);
        JOINS.nations.put(joinId, nations);
        runtimeService().createMessageCorrelation(ProgramProcess.MESSAGE_PARTIES_JOIN)
                .processInstanceId(program.getId())
                .setVariablesToTriggeredScope(Map.of(ProgramProcess.VAR_JOIN_ID, joinId,
                        ProgramProcess.VAR_JOINING_DATE, Date.from(date)))
                .correlate();
    }

    private static void fireTimer(ProcessInstance program) {
        managementService().createJobQuery().processInstanceId(program.getId())
                .activityId(ProgramProcess.TIMER_JOINING_DATE).executable().list()
                .forEach(job -> managementService().executeJob(job.getId()));
    }

    private static void runJobs(ProcessInstance program) {
        List<Job> jobs;
        while (!(jobs = managementService().createJobQuery().processInstanceId(program.getId()).executable()
                .list()).isEmpty()) {
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private static void completeAllTasks() {
        taskQuery().list().forEach(task -> taskService().complete(task.getId()));
    }

    private static List<String> started(String processKey) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .map(ProcessInstance::getBusinessKey).toList();
    }
}
