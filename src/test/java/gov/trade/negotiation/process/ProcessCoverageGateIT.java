package gov.trade.negotiation.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process-coverage gate. Runs after all unit and process tests (failsafe, verify phase) and merges the
 * coverage every test class recorded: every flow node and sequence flow of every BPMN file in
 * {@code processes/} must have been exercised by some test, or the build fails naming what was missed.
 */
class ProcessCoverageGateIT {

    private static final Path REPORTS = Path.of("target/process-test-coverage");

    static Stream<Path> processFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void shouldHaveExercisedEveryFlowNodeAndSequenceFlow(Path file) throws IOException {
        assertThat(REPORTS).as("process test coverage reports; run the tests first").isDirectory();

        assertThat(uncovered(file, REPORTS)).as("elements of %s no test exercised (coverage reports in %s)", file, REPORTS)
                .isEmpty();
    }

    /** The flow nodes and sequence flows of a BPMN file that no coverage report under {@code reports} recorded. */
    static Set<String> uncovered(Path bpmnFile, Path reports) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(bpmnFile.toFile());
        String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
        Set<String> elements = new TreeSet<>();
        elements.addAll(ids(model.getModelElementsByType(FlowNode.class)));
        elements.addAll(ids(model.getModelElementsByType(SequenceFlow.class)));
        elements.removeAll(coveredElements(processKey, reports));
        return elements;
    }

    private static Set<String> coveredElements(String processKey, Path reportFolder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> covered = new HashSet<>();
        try (Stream<Path> reports = Files.walk(reportFolder)) {
            for (Path report : reports.filter(path -> path.endsWith("report.json")).toList()) {
                for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
                    for (JsonNode run : suite.path("runs")) {
                        for (JsonNode event : run.path("events")) {
                            if (processKey.equals(event.path("modelKey").asText())) {
                                covered.add(event.path("definitionKey").asText());
                            }
                        }
                    }
                }
            }
        }
        return covered;
    }

    private static List<String> ids(java.util.Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toList());
    }
}
