package gov.trade.negotiation.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field of a task form. {@code required} always, or {@code requiredIf} another field has one of some values
 * (a reason for a rejection, the counterpart's text with a markup). {@code options} for a choice.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FormField(String name, Type type, String label, boolean required, Condition requiredIf,
        List<String> options) {

    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";

    public enum Type {
        /** One of {@code options}. */
        CHOICE,
        /** One line, up to 500 characters. */
        TEXT,
        /** Free text kept in a process variable or a comment, up to 4,000 characters. */
        LONG_TEXT,
        /** An agreement text, stored as a draft version (up to 1 MiB), never as a process variable. */
        AGREEMENT_TEXT,
        /** A day, {@code 2026-03-02}. */
        DATE,
        /** A date and time in the program's time zone, {@code 2026-01-09T10:00}. */
        DATE_TIME,
        /** The number of a draft version; empty means the form's default (usually the latest). */
        VERSION,
        /** true or false. */
        YES_NO,
        /** Action items, one per line {@code TRACK-ID: what is to be done} (or a JSON list of trackId and text). */
        ACTION_ITEMS
    }

    /** The field is required when {@code field} has one of {@code values}. */
    public record Condition(String field, Set<String> values) {
    }

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static FormField decision(Enum<?>... choices) {
        return new FormField(DECISION, Type.CHOICE, "Decision", true, null,
                Arrays.stream(choices).map(Enum::name).toList());
    }

    public static FormField comment() {
        return new FormField(COMMENT, Type.LONG_TEXT, "Comment", false, null, List.of());
    }

    /** A comment that is a required reason for some decisions. */
    public static FormField reasonFor(Enum<?>... decisions) {
        return new FormField(COMMENT, Type.LONG_TEXT, "Reason / comment", false,
                new Condition(DECISION, Arrays.stream(decisions).map(Enum::name).collect(java.util.stream.Collectors.toSet())),
                List.of());
    }

    public static FormField required(String name, Type type, String label) {
        return new FormField(name, type, label, true, null, List.of());
    }

    public static FormField optional(String name, Type type, String label) {
        return new FormField(name, type, label, false, null, List.of());
    }

    public static FormField choice(String name, String label, boolean required, Condition requiredIf,
            Enum<?>... choices) {
        return new FormField(name, Type.CHOICE, label, required, requiredIf,
                Arrays.stream(choices).map(Enum::name).toList());
    }
}
