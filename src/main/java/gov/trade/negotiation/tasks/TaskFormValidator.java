package gov.trade.negotiation.tasks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import gov.trade.negotiation.drafts.Drafts;
import gov.trade.negotiation.problem.StoredText;
import gov.trade.negotiation.problem.TooLargeException;
import gov.trade.negotiation.workflow.FormField;
import gov.trade.negotiation.workflow.FormValues;
import gov.trade.negotiation.workflow.FormValues.ActionItem;
import gov.trade.negotiation.workflow.TaskForm;

/**
 * Checks a submitted form field by field against its task's {@link TaskForm}: required fields (also those required by
 * another field's value), choices, dates, version numbers and what can be stored (Camunda keeps text variables up to
 * 4,000 characters). Every problem is collected by field name; the process's vocabulary adds its own rules after.
 */
final class TaskFormValidator {

    static final int MAX_COMMENT = StoredText.MAX_PROCESS_VARIABLE;
    static final int MAX_TEXT = 500;

    private final ZoneId meetingZone;

    TaskFormValidator(ZoneId meetingZone) {
        this.meetingZone = meetingZone;
    }

    FormValues check(TaskForm form, TaskInput input) {
        FormValues values = new FormValues();
        for (FormField field : form.fields()) {
            Object raw = input.value(field.name());
            String text = raw == null || raw instanceof List<?> ? null : raw.toString().strip();
            boolean given = raw instanceof List<?> list ? !list.isEmpty() : text != null && !text.isEmpty();
            if (raw != null && !(raw instanceof List<?>) && StoredText.hasNul(raw.toString())) {
                values.reject(field.name(), "must not contain a NUL character");
                continue;
            }
            if (!given) {
                if (field.required() || requiredByAnother(field, input)) {
                    values.reject(field.name(), field.required() ? "is required"
                            : (FormField.COMMENT.equals(field.name()) ? "a reason is required for " : "is required for ")
                                    + input.text(field.requiredIf().field()));
                }
                continue;
            }
            switch (field.type()) {
                case CHOICE -> {
                    if (field.options().contains(text)) {
                        values.put(field.name(), text);
                    } else {
                        values.reject(field.name(), "must be one of " + field.options());
                    }
                }
                case TEXT -> length(values, field, text, MAX_TEXT);
                case LONG_TEXT -> length(values, field, text, MAX_COMMENT);
                case AGREEMENT_TEXT -> {
                    if (raw.toString().getBytes(StandardCharsets.UTF_8).length > Drafts.MAX_BYTES) {
                        throw new TooLargeException("The text is over " + Drafts.MAX_BYTES + " bytes.");
                    }
                    values.put(field.name(), raw.toString());
                }
                case DATE -> {
                    try {
                        values.put(field.name(), LocalDate.parse(text));
                    } catch (DateTimeParseException e) {
                        values.reject(field.name(), "must be a date like 2026-03-02");
                    }
                }
                case DATE_TIME -> {
                    try {
                        values.put(field.name(), Date.from(dateTime(text)));
                    } catch (DateTimeParseException e) {
                        values.reject(field.name(), "must be a date and time like 2026-01-09T10:00 (in the program's time "
                                + "zone) or with an offset like 2026-01-09T15:00:00Z or 2026-01-09T10:00:00-05:00");
                    }
                }
                case VERSION -> {
                    try {
                        int version = Integer.parseInt(text);
                        if (version < 1) {
                            throw new NumberFormatException();
                        }
                        values.put(field.name(), version);
                    } catch (NumberFormatException e) {
                        values.reject(field.name(), "must be a version number like 3");
                    }
                }
                case YES_NO -> values.put(field.name(), Boolean.parseBoolean(text) || "on".equals(text) || "yes".equals(text));
                case ACTION_ITEMS -> values.put(field.name(), actionItems(raw, field.name(), values));
            }
        }
        return values;
    }

    private static boolean requiredByAnother(FormField field, TaskInput input) {
        String other = field.requiredIf() == null ? null : input.text(field.requiredIf().field());
        return other != null && field.requiredIf().values().contains(other);
    }

    /** With an offset (as PUT /api/meetings takes it) or local in the program's zone (as the page's field sends it). */
    private Instant dateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(meetingZone).toInstant();
        }
    }

    private static void length(FormValues values, FormField field, String text, int max) {
        if (text.length() > max) {
            values.reject(field.name(), "is longer than " + max + " characters");
        } else {
            values.put(field.name(), text);
        }
    }

    /** From JSON a list of {@code {"trackId", "text"}}; from a page one per line, {@code TRACK-ID: what is to be done}. */
    private static List<ActionItem> actionItems(Object raw, String field, FormValues values) {
        List<ActionItem> items = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object element : list) {
                Map<?, ?> item = element instanceof Map<?, ?> map ? map : Map.of();
                items.add(new ActionItem(string(item.get("trackId")), string(item.get("text"))));
            }
        } else {
            for (String line : raw.toString().split("\\R")) {
                if (!line.isBlank()) {
                    int colon = line.indexOf(':');
                    items.add(colon < 0 ? new ActionItem(null, line.strip())
                            : new ActionItem(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i).text();
            if (text == null || text.isBlank()) {
                values.reject(field + "[" + i + "].text", "is required");
            } else if (StoredText.hasNul(text)) {
                values.reject(field + "[" + i + "].text", "must not contain a NUL character");
            } else if (text.length() > MAX_COMMENT) {
                values.reject(field + "[" + i + "].text", "is longer than " + MAX_COMMENT + " characters");
            }
        }
        return items;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
