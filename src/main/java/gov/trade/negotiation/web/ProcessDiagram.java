package gov.trade.negotiation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a deployed process as SVG from its diagram interchange, with the current steps highlighted, and lists its
 * steps in reading order as the diagram's text alternative. Events carry their BPMN markers (timer, message,
 * error, ...); a non-interrupting boundary event has a dashed double ring, an interrupting one a solid one. Drawn on
 * the server, so pages need no JavaScript library and the build no Node.
 */
@Component
class ProcessDiagram {

    /** What the track page shows: the SVG, and the same steps as a list for those who cannot see it. */
    record Drawing(String id, String processName, String svg, List<Step> steps) {

        public List<String> currentSteps() {
            return steps.stream().filter(Step::current).map(Step::name).toList();
        }
    }

    /** A named activity or event of the process, in left-to-right order. */
    record Step(String id, String name, boolean current) {
    }

    private final RepositoryService repositoryService;

    ProcessDiagram(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    Drawing draw(String processDefinitionId, Set<String> activeElementIds) {
        return draw(repositoryService.getBpmnModelInstance(processDefinitionId), activeElementIds);
    }

    Drawing draw(BpmnModelInstance model, Set<String> activeElementIds) {
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        String processName = process.getName() == null ? process.getId() : process.getName();
        String id = "diagram-" + HtmlUtils.htmlEscape(process.getId());
        List<Step> steps = steps(model, activeElementIds);
        double width = 0;
        double height = 0;
        List<String> parts = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            StringBuilder points = new StringBuilder();
            for (Waypoint point : edge.getWaypoints()) {
                points.append(point.getX()).append(',').append(point.getY()).append(' ');
                width = Math.max(width, point.getX());
                height = Math.max(height, point.getY());
            }
            parts.add("<polyline class=\"flow\" points=\"" + points.toString().strip() + "\" marker-end=\"url(#arrow)\"/>");
        }
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds b = shape.getBounds();
            width = Math.max(width, b.getX() + b.getWidth());
            height = Math.max(height, b.getY() + b.getHeight() + 40);
            BaseElement element = shape.getBpmnElement();
            boolean active = activeElementIds.contains(element.getId());
            Bounds label = shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
            parts.add(shapeSvg(element, b, label, active));
        }
        List<String> current = steps.stream().filter(Step::current).map(Step::name).toList();
        String title = "Process diagram: " + processName + ". "
                + (current.isEmpty() ? "No current step." : "Current step: " + String.join("; ", current) + ".")
                + " The steps are listed after the diagram.";
        String svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " aria-labelledby=\"%s-title\" aria-describedby=\"%s-steps\"><title id=\"%s-title\">%s</title>")
                .formatted((int) width + 20, (int) height + 20, id, id, id, HtmlUtils.htmlEscape(title))
                + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>"
                + String.join("", parts) + "</svg>";
        return new Drawing(id, processName, svg, steps);
    }

    /**
     * The steps a reader follows: activities and named events, left to right (top to bottom where they share a
     * column); boundary events, gateways and the ends of reminder and escalation branches are left out.
     */
    private static List<Step> steps(BpmnModelInstance model, Set<String> active) {
        record Placed(Step step, double x, double y) {
        }
        List<Placed> placed = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof FlowNode node && isStep(node)) {
                placed.add(new Placed(new Step(node.getId(), node.getName(), active.contains(node.getId())),
                        shape.getBounds().getX(), shape.getBounds().getY()));
            }
        }
        return placed.stream().sorted(Comparator.comparingDouble(Placed::x).thenComparingDouble(Placed::y))
                .map(Placed::step).toList();
    }

    private static boolean isStep(FlowNode node) {
        if (node.getName() == null || node.getName().isBlank()) {
            return false;
        }
        if (node instanceof Activity) {
            return true;
        }
        if (node instanceof BoundaryEvent || !(node instanceof Event)) {
            return false;
        }
        return node.getIncoming().stream().noneMatch(flow -> flow.getSource() instanceof BoundaryEvent);
    }

    private static String shapeSvg(BaseElement element, Bounds b, Bounds labelBounds, boolean active) {
        String name = element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : "";
        String css = element.getElementType().getTypeName().toLowerCase(Locale.ROOT) + (active ? " active" : "");
        String id = HtmlUtils.htmlEscape(element.getId());
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        if (element instanceof Event event) {
            EventMarkers.Kind kind = EventMarkers.kindOf(event);
            boolean throwing = EventMarkers.isThrowing(event);
            String body = rings(event, cx, cy, b.getWidth() / 2) + EventMarkers.svg(kind, throwing, cx, cy, b.getWidth() / 2);
            String eventCss = css + (throwing ? " throw" : " catch") + (interrupting(event) ? "" : " non-interrupting")
                    + (kind == null ? "" : " marker-" + kind.name().toLowerCase(Locale.ROOT));
            return group(id, eventCss, body + outsideLabel(name, labelBounds, cx, b.getY() + b.getHeight() + 14));
        }
        if (element instanceof Gateway) {
            String diamond = "<polygon points=\"%s,%s %s,%s %s,%s %s,%s\"/>".formatted(cx, b.getY(), b.getX() + b.getWidth(), cy,
                    cx, b.getY() + b.getHeight(), b.getX(), cy);
            String marker = "<text class=\"marker\" x=\"%s\" y=\"%s\">%s</text>".formatted(cx, cy + 6,
                    element instanceof ParallelGateway ? "+" : "×");
            return group(id, css, diamond + marker + outsideLabel(name, labelBounds, cx, b.getY() - 6));
        }
        String rect = "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"10\"/>".formatted(b.getX(), b.getY(),
                b.getWidth(), b.getHeight());
        return group(id, css, rect + wrapped(name, cx, cy, b.getWidth()));
    }

    /**
     * Start events have one thin ring, end events one thick ring, intermediate and boundary events two rings;
     * the rings of an event that does not interrupt (a non-interrupting boundary or event sub-process start) are
     * dashed.
     */
    private static String rings(Event event, double cx, double cy, double r) {
        String dashed = interrupting(event) ? "" : " stroke-dasharray=\"4 3\"";
        if (event instanceof StartEvent) {
            return "<circle class=\"ring\" cx=\"%s\" cy=\"%s\" r=\"%s\"%s/>".formatted(cx, cy, r, dashed);
        }
        if (event instanceof EndEvent) {
            return "<circle class=\"ring end\" cx=\"%s\" cy=\"%s\" r=\"%s\"/>".formatted(cx, cy, r);
        }
        return "<circle class=\"ring\" cx=\"%s\" cy=\"%s\" r=\"%s\"%s/><circle class=\"ring inner\" cx=\"%s\" cy=\"%s\" r=\"%s\"%s/>"
                .formatted(cx, cy, r, dashed, cx, cy, r - 3, dashed);
    }

    private static boolean interrupting(Event event) {
        if (event instanceof BoundaryEvent boundary) {
            return boundary.cancelActivity();
        }
        return !(event instanceof StartEvent start) || start.isInterrupting();
    }

    /** Event and gateway names go where the modeller put their label, else under or over the shape. */
    private static String outsideLabel(String text, Bounds labelBounds, double x, double y) {
        if (labelBounds == null) {
            return label(text, x, y);
        }
        return wrapped(text, labelBounds.getX() + labelBounds.getWidth() / 2,
                labelBounds.getY() + labelBounds.getHeight() / 2, Math.max(labelBounds.getWidth(), 60));
    }

    private static String group(String id, String css, String body) {
        return "<g data-element-id=\"" + id + "\" class=\"" + css + "\">" + body + "</g>";
    }

    private static String label(String text, double x, double y) {
        return text.isBlank() ? "" : "<text x=\"%s\" y=\"%s\">%s</text>".formatted(x, y, HtmlUtils.htmlEscape(text));
    }

    private static String wrapped(String text, double cx, double cy, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int perLine = (int) (width / 6.5);
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        StringBuilder svg = new StringBuilder();
        double top = cy - (lines.size() - 1) * 7;
        for (int i = 0; i < lines.size(); i++) {
            svg.append(label(lines.get(i), cx, top + i * 14 + 4));
        }
        return svg.toString();
    }
}
