package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;

import gov.trade.negotiation.track.TrackProcess;

/** The diagram without an engine: its text alternative, its event markers and the two kinds of boundary ring. */
class ProcessDiagramTests {

    private final ProcessDiagram diagram = new ProcessDiagram(null);

    /** start → "Prepare" (reminder: non-interrupting timer; deadline: interrupting timer) → "Answer received" → end. */
    private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("sample").name("Sample process")
            .startEvent("start").name("Opened")
            .userTask("prepare").name("Prepare")
            .boundaryEvent("reminder").name("Reminder due").cancelActivity(false).timerWithDuration("PT1H")
            .endEvent("reminded").name("Reminder sent").message("reminder")
            .moveToActivity("prepare")
            .boundaryEvent("deadline").name("Too late").cancelActivity(true).timerWithDuration("PT2H")
            .endEvent("failed").name("Failed").error("late")
            .moveToActivity("prepare")
            .intermediateCatchEvent("answer").name("Answer received").message("answer")
            .userTask("review").name("Review")
            .endEvent("done").name("Done")
            .done();

    @Test
    void shouldListTheStepsInOrderWithTheCurrentOneAsTheTextAlternative() {
        ProcessDiagram.Drawing drawing = diagram.draw(MODEL, Set.of("answer", "reminder"));
        Document svg = parse(drawing.svg());

        assertThat(drawing.steps()).extracting(ProcessDiagram.Step::name)
                .containsExactly("Opened", "Prepare", "Answer received", "Review", "Done");
        assertThat(drawing.currentSteps()).containsExactly("Answer received");
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        Element title = descendants(root, "title", "").get(0);
        assertThat(title.getAttribute("id")).isEqualTo(root.getAttribute("aria-labelledby"));
        assertThat(title.getTextContent()).contains("Sample process").contains("Current step: Answer received");
        assertThat(root.getAttribute("aria-describedby")).isEqualTo(drawing.id() + "-steps");
    }

    @Test
    void shouldDrawNonInterruptingBoundaryEventsDashedAndInterruptingOnesSolid() {
        Document svg = parse(diagram.draw(MODEL, Set.of()).svg());

        Element reminder = element(svg, "reminder");
        Element deadline = element(svg, "deadline");
        assertThat(descendants(reminder, "circle", "ring")).hasSize(2)
                .allSatisfy(ring -> assertThat(ring.getAttribute("stroke-dasharray")).isNotBlank());
        assertThat(classes(reminder)).contains("non-interrupting");
        assertThat(descendants(deadline, "circle", "ring")).hasSize(2)
                .allSatisfy(ring -> assertThat(ring.hasAttribute("stroke-dasharray")).isFalse());
        assertThat(classes(deadline)).doesNotContain("non-interrupting");
        assertThat(descendants(element(svg, "start"), "circle", "ring")).hasSize(1);
        assertThat(descendants(element(svg, "done"), "circle", "ring end")).hasSize(1);
    }

    @Test
    void shouldMarkEachEventWithItsDefinitionCatchingOutlinedThrowingFilled() {
        Document svg = parse(diagram.draw(MODEL, Set.of()).svg());

        assertThat(descendants(element(svg, "reminder"), "g", "event-marker timer")).singleElement()
                .satisfies(marker -> assertThat(descendants(marker, "circle", "face")).hasSize(1))
                .satisfies(marker -> assertThat(classes(marker)).doesNotContain("filled"));
        assertThat(descendants(element(svg, "answer"), "g", "event-marker message")).singleElement()
                .satisfies(marker -> assertThat(classes(marker)).doesNotContain("filled"));
        assertThat(descendants(element(svg, "reminded"), "g", "event-marker message filled")).hasSize(1);
        assertThat(descendants(element(svg, "failed"), "g", "event-marker error filled")).singleElement()
                .satisfies(marker -> assertThat(descendants(marker, "polygon", "")).hasSize(1));
        assertThat(descendants(element(svg, "done"), "g", "event-marker")).isEmpty();
    }

    @Test
    void shouldListTheTrackProcessFromDraftingToSignOff() {
        BpmnModelInstance track = Bpmn.readModelFromFile(new File("processes/bilateralTrack.bpmn"));

        ProcessDiagram.Drawing drawing = diagram.draw(track, Set.of(TrackProcess.USER_TASK_LEGAL_REVIEW));

        assertThat(drawing.steps()).extracting(ProcessDiagram.Step::id)
                .contains(TrackProcess.USER_TASK_DRAFT_TEXT, TrackProcess.USER_TASK_UNDER_SECRETARY_SIGN_OFF)
                .doesNotHaveDuplicates();
        assertThat(drawing.steps()).extracting(ProcessDiagram.Step::name).doesNotContainNull()
                .doesNotContain("Reminder sent");
        assertThat(drawing.steps().indexOf(step(drawing, TrackProcess.USER_TASK_DRAFT_TEXT)))
                .isLessThan(drawing.steps().indexOf(step(drawing, TrackProcess.USER_TASK_UNDER_SECRETARY_SIGN_OFF)));
        assertThat(drawing.steps()).filteredOn(ProcessDiagram.Step::current).extracting(ProcessDiagram.Step::id)
                .containsExactly(TrackProcess.USER_TASK_LEGAL_REVIEW);
    }

    private static ProcessDiagram.Step step(ProcessDiagram.Drawing drawing, String id) {
        return drawing.steps().stream().filter(step -> step.id().equals(id)).findFirst().orElseThrow();
    }

    private static Element element(Document svg, String id) {
        return descendants(svg.getDocumentElement(), "g", "").stream()
                .filter(group -> id.equals(group.getAttribute("data-element-id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + id));
    }

    /** Elements under {@code parent} with the tag that have every class of {@code css} (space-separated). */
    private static List<Element> descendants(Element parent, String tag, String css) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (css.isEmpty() || classes(element).containsAll(Arrays.asList(css.split(" ")))) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> classes(Element element) {
        String css = element.getAttribute("class").strip();
        return css.isEmpty() ? List.of() : Arrays.asList(css.split("\\s+"));
    }

    private static Document parse(String svg) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e, e);
        }
    }
}
