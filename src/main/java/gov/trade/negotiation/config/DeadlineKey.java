package gov.trade.negotiation.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages that carry a deadline. BPMN user tasks name their key in
 * {@code ${deadlines.dueDate('legal-review')}}; {@code negotiation.deadlines.durations} must give each a duration.
 * A key whose deadline the law sets in calendar days (the treaty office's 15 days after signature) is counted in
 * calendar days even where the others count working days.
 */
public enum DeadlineKey {
    AUTHORITY_REQUEST("authority-request"),
    MEMORANDUM_OF_LAW("memorandum-of-law"),
    AUTHORITY_APPROVAL("authority-approval"),
    DRAFTING("drafting"),
    LEGAL_REVIEW("legal-review"),
    INTERAGENCY_REVIEW("interagency-review"),
    SEND_TEXT("send-text"),
    COUNTERPART_ANSWER("counterpart-answer"),
    REVISION("revision"),
    STALL_DECISION("stall-decision"),
    SUSPENSION_REVIEW("suspension-review"),
    AREA_LEAD_SIGN_OFF("area-lead-sign-off"),
    PROGRAM_MANAGER_SIGN_OFF("program-manager-sign-off"),
    UNDER_SECRETARY_SIGN_OFF("under-secretary-sign-off"),
    INITIALING("initialing"),
    CONFORMITY_CHECK("conformity-check"),
    CONCLUDE_AUTHORITY_REQUEST("conclude-authority-request"),
    CONCLUDE_AUTHORITY_APPROVAL("conclude-authority-approval"),
    SIGNATURE("signature"),
    DOMESTIC_PROCEDURES("domestic-procedures"),
    TREATY_AFFAIRS_TRANSMITTAL("treaty-affairs-transmittal", true),
    CONGRESS_REPORT("congress-report", true),
    IMPLEMENTATION("implementation"),
    MEETING_SCHEDULING("meeting-scheduling"),
    MEETING_MINUTES("meeting-minutes"),
    ACTION_ITEM("action-item");

    private final String key;
    private final boolean calendarDays;

    DeadlineKey(String key) {
        this(key, false);
    }

    DeadlineKey(String key, boolean calendarDays) {
        this.key = key;
        this.calendarDays = calendarDays;
    }

    public String key() {
        return key;
    }

    /** True where the deadline runs in calendar days whatever {@code working-days} says. */
    public boolean calendarDays() {
        return calendarDays;
    }

    public static Optional<DeadlineKey> of(String key) {
        return Arrays.stream(values()).filter(value -> value.key.equals(key)).findFirst();
    }
}
