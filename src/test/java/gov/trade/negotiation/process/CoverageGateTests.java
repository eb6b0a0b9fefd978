package gov.trade.negotiation.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate itself: it reports exactly the elements no report covered, across all reports. */
class CoverageGateTests {

    private static final Path PROGRAM = Path.of("processes/negotiationProgram.bpmn");
    /** The event subprocess "Parties join", every element of it. */
    private static final String[] JOINS = {"eventSubProcess_partiesJoin", "startEvent_partiesJoin", "flow_partiesJoin",
            "timer_joiningDate", "flow_joiningDateReached", "gateway_startJoined", "flow_startTracks",
            "flow_startMeetings", "subProcess_tracks", "startEvent_trackDue", "flow_trackDue", "gateway_trackTakesPart",
            "flow_trackTakesPart", "callActivity_tracks", "flow_trackEnded", "endEvent_trackEnded",
            "flow_trackPartyWithdrawn", "endEvent_trackNotStarted", "subProcess_meetingSeries", "startEvent_seriesDue",
            "flow_seriesDue", "gateway_seriesTakesPart", "flow_seriesTakesPart", "callActivity_meetingSeries",
            "flow_seriesEnded", "endEvent_seriesEnded", "flow_seriesPartyWithdrawn", "endEvent_seriesNotStarted",
            "flow_tracksDone", "flow_meetingsDone", "gateway_joinedDone", "flow_joinedDone", "endEvent_joinedDone"};

    @TempDir
    Path reports;

    @Test
    void shouldNameTheElementsNoTestClassExercised() throws IOException {
        report("a", JOINS);
        report("b", "startEvent_kickoff", "flow_kickoff", "event_programClosed");

        assertThat(ProcessCoverageGateIT.uncovered(PROGRAM, reports))
                .containsExactlyInAnyOrder("flow_programClosed", "endEvent_programComplete");
    }

    @Test
    void shouldPassWhenTheReportsTogetherCoverEverything() throws IOException {
        report("a", JOINS);
        report("b", "startEvent_kickoff", "flow_kickoff", "event_programClosed", "flow_programClosed",
                "endEvent_programComplete");

        assertThat(ProcessCoverageGateIT.uncovered(PROGRAM, reports)).isEmpty();
    }

    @Test
    void shouldIgnoreCoverageOfOtherProcesses() throws IOException {
        Files.createDirectories(reports.resolve("c"));
        Files.writeString(reports.resolve("c/report.json"), """
                {"suites": [{"runs": [{"events": [
                  {"definitionKey": "endEvent_programComplete", "modelKey": "bilateralTrack"}]}]}]}""");

        assertThat(ProcessCoverageGateIT.uncovered(PROGRAM, reports)).contains("endEvent_programComplete");
    }

    private void report(String suite, String... elementIds) throws IOException {
        StringBuilder events = new StringBuilder();
        for (String id : elementIds) {
            events.append(events.isEmpty() ? "" : ",")
                    .append("{\"definitionKey\": \"").append(id).append("\", \"modelKey\": \"negotiationProgram\"}");
        }
        Files.createDirectories(reports.resolve(suite));
        Files.writeString(reports.resolve(suite + "/report.json"),
                "{\"suites\": [{\"runs\": [{\"events\": [" + events + "]}]}]}");
    }
}
