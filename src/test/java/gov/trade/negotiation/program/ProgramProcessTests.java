package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.process.TestEngines;
import gov.trade.negotiation.track.TrackProcess;

/** The kickoff starts one track per nation and area and one meeting series per nation, then waits for all. */
@Deployment(resources = {"processes/negotiationProgram.bpmn", "stubs/bilateralTrackStub.bpmn",
        "stubs/followUpMeetingsStub.bpmn"})
class ProgramProcessTests {

    private static final NegotiationProperties CONFIG = TestConfig.projectConfig();
    private static final ProgramPlan PLAN = new ProgramPlan(CONFIG);

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = TestEngines.coverage("programProcessTests",
            Map.of("programPlan", PLAN));

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    @Test
    void shouldStartEveryTrackAndMeetingSeriesAndFinishWhenAllAreDone() {
        ProcessInstance program = runtimeService().startProcessInstanceByKey(ProgramProcess.KEY, "PROGRAM");

        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY).list())
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrderElementsOf(PLAN.trackIds())
                .hasSize(CONFIG.nations().size() * CONFIG.areas().size());
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY).list())
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrderElementsOf(CONFIG.nations().stream()
                        .map(nation -> MeetingProcess.seriesKey(nation.code())).toList());
        ProcessInstance japan = runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(MeetingProcess.seriesKey("JP")).singleResult();
        assertThat(runtimeService().getVariable(japan.getId(), MeetingProcess.VAR_NATION)).isEqualTo("JP");
        assertThat(program).isWaitingAt(ProgramProcess.CALL_ACTIVITY_TRACKS, ProgramProcess.CALL_ACTIVITY_MEETING_SERIES);

        taskQuery().list().forEach(task -> taskService().complete(task.getId()));

        assertThat(program).isEnded().hasPassed(ProgramProcess.END_EVENT_PROGRAM_COMPLETE);
    }
}
