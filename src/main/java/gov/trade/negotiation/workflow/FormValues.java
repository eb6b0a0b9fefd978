package gov.trade.negotiation.workflow;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form after its fields were checked one by one: each value in its type (text, {@link LocalDate},
 * {@link java.util.Date} for a date and time, {@link Integer} version, {@link Boolean}, a list of {@link ActionItem}s),
 * absent where nothing was given or the value was wrong. Problems are collected by field, so a person learns about all
 * of them at once.
 */
public final class FormValues {

    /** An action item from meeting minutes: a task on one of the nation's tracks. */
    public record ActionItem(String trackId, String text) {
    }

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public void put(String field, Object value) {
        values.put(field, value);
    }

    public void reject(String field, String reason) {
        errors.putIfAbsent(field, reason);
    }

    public boolean has(String field) {
        return values.get(field) != null;
    }

    public String text(String field) {
        return (String) values.get(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    public Integer version(String field) {
        return (Integer) values.get(field);
    }

    public boolean yes(String field) {
        return Boolean.TRUE.equals(values.get(field));
    }

    public Object value(String field) {
        return values.get(field);
    }

    @SuppressWarnings("unchecked")
    public List<ActionItem> actionItems(String field) {
        Object items = values.get(field);
        return items == null ? List.of() : (List<ActionItem>) items;
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }
}
