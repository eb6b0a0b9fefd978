package gov.trade.negotiation.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a person submits to complete a task: the task form's fields by name ({@code decision}, {@code comment} and
 * whatever else the form asks, see {@link gov.trade.negotiation.workflow.TaskForm}). From the JSON API a JSON object,
 * from a page the form's parameters.
 */
public final class TaskInput {

    private final Map<String, Object> values;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TaskInput(Map<String, Object> values) {
        this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
    }

    public static TaskInput of(Map<String, ?> values) {
        return new TaskInput(values == null ? null : new LinkedHashMap<>(values));
    }

    public static TaskInput empty() {
        return new TaskInput(null);
    }

    @JsonValue
    public Map<String, Object> values() {
        return values;
    }

    public Object value(String field) {
        return values.get(field);
    }

    /** The field as text: numbers and booleans as written; null when absent. */
    public String text(String field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }

    public String decision() {
        return text("decision");
    }

    public String comment() {
        return text("comment");
    }
}
