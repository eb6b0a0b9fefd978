package gov.trade.negotiation.problem;

import java.util.Map;

/**
 * Rules for free text, from where it is stored: Camunda keeps a string process variable in a varchar(4000) column,
 * and PostgreSQL cannot store a NUL character in any text. Checked before anything is stored, so bad input is a
 * 400 naming the field, never a database error.
 */
public final class StoredText {

    /** The longest string the engine stores as a process variable (its TEXT_ column is varchar(4000)). */
    public static final int MAX_PROCESS_VARIABLE = 4_000;

    private StoredText() {
    }

    /** Adds {@code field}'s problem to {@code errors}: a NUL character, or more than {@code max} characters. */
    public static void check(Map<String, String> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.indexOf('\0') >= 0) {
            errors.put(field, "must not contain a NUL character");
        } else if (value.length() > max) {
            errors.put(field, "is longer than " + max + " characters");
        }
    }

    /** Whether {@code value} holds a NUL character. */
    public static boolean hasNul(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }
}
