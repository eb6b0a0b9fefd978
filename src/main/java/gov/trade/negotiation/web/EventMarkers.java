package gov.trade.negotiation.web;

import java.util.Collection;
import java.util.Locale;

import org.camunda.bpm.model.bpmn.instance.CancelEventDefinition;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.CompensateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;

/**
 * The BPMN marker inside an event's circle, drawn to the event's radius: a clock for a timer, an envelope for a
 * message, a lightning bolt for an error, and so on. Catching markers are outlined, throwing ones filled.
 */
final class EventMarkers {

    enum Kind { TIMER, MESSAGE, ERROR, SIGNAL, ESCALATION, CONDITIONAL, TERMINATE, COMPENSATION, LINK, CANCEL }

    private EventMarkers() {
    }

    /** The kind of the event's (first) definition; null for a plain event. */
    static Kind kindOf(Event event) {
        Collection<EventDefinition> definitions = event instanceof CatchEvent catching ? catching.getEventDefinitions()
                : event instanceof ThrowEvent throwing ? throwing.getEventDefinitions() : java.util.List.of();
        for (EventDefinition definition : definitions) {
            Kind kind = kindOf(definition);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    static boolean isThrowing(Event event) {
        return event instanceof ThrowEvent;
    }

    private static Kind kindOf(EventDefinition definition) {
        if (definition instanceof TimerEventDefinition) {
            return Kind.TIMER;
        } else if (definition instanceof MessageEventDefinition) {
            return Kind.MESSAGE;
        } else if (definition instanceof ErrorEventDefinition) {
            return Kind.ERROR;
        } else if (definition instanceof SignalEventDefinition) {
            return Kind.SIGNAL;
        } else if (definition instanceof EscalationEventDefinition) {
            return Kind.ESCALATION;
        } else if (definition instanceof ConditionalEventDefinition) {
            return Kind.CONDITIONAL;
        } else if (definition instanceof TerminateEventDefinition) {
            return Kind.TERMINATE;
        } else if (definition instanceof CompensateEventDefinition) {
            return Kind.COMPENSATION;
        } else if (definition instanceof LinkEventDefinition) {
            return Kind.LINK;
        } else if (definition instanceof CancelEventDefinition) {
            return Kind.CANCEL;
        }
        return null;
    }

    /** The marker's SVG, centred on the event; empty for a plain event. Coordinates are for a radius of 18. */
    static String svg(Kind kind, boolean throwing, double cx, double cy, double r) {
        if (kind == null) {
            return "";
        }
        double s = r / 18;
        String body = switch (kind) {
            case TIMER -> circle(0, 0, 10, "shape face") + line(0, -10, 0, -7.5) + line(10, 0, 7.5, 0)
                    + line(0, 10, 0, 7.5) + line(-10, 0, -7.5, 0) + line(0, 0, 0, -7) + line(0, 0, 5, 0);
            case MESSAGE -> "<rect class=\"shape\" x=\"-9\" y=\"-6\" width=\"18\" height=\"12\"/>"
                    + "<polyline class=\"line\" points=\"-9,-6 0,1 9,-6\"/>";
            case ERROR -> polygon("-8,8 -3,-7 2,1 8,-8 3,7 -2,-1");
            case SIGNAL -> polygon("0,-9 8,6 -8,6");
            case ESCALATION -> polygon("0,-9 7,8 0,2 -7,8");
            case CONDITIONAL -> "<rect class=\"shape\" x=\"-7\" y=\"-9\" width=\"14\" height=\"18\"/>"
                    + line(-4, -5, 4, -5) + line(-4, -1, 4, -1) + line(-4, 3, 4, 3);
            case TERMINATE -> circle(0, 0, 10, "shape fill");
            case COMPENSATION -> polygon("-9,0 0,-6 0,6") + polygon("0,0 9,-6 9,6");
            case LINK -> polygon("-8,-3 2,-3 2,-8 9,0 2,8 2,3 -8,3");
            case CANCEL -> polygon("-7,-9 0,-2 7,-9 9,-7 2,0 9,7 7,9 0,2 -7,9 -9,7 -2,0 -9,-7");
        };
        return "<g class=\"event-marker %s\" transform=\"translate(%s %s) scale(%s)\">%s</g>".formatted(
                kind.name().toLowerCase(Locale.ROOT) + (throwing ? " filled" : ""), cx, cy, s, body);
    }

    private static String circle(double x, double y, double r, String css) {
        return "<circle class=\"%s\" cx=\"%s\" cy=\"%s\" r=\"%s\"/>".formatted(css, x, y, r);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line class=\"line\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"/>".formatted(x1, y1, x2, y2);
    }

    private static String polygon(String points) {
        return "<polygon class=\"shape\" points=\"" + points + "\"/>";
    }
}
