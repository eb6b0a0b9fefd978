package gov.trade.negotiation.config;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stages that carry a deadline. BPMN user tasks name their key in
 * {@code ${deadlines.dueDate('legal-review')}}; {@code negotiation.deadlines.durations} must give each a duration.
 */
public enum DeadlineKey {
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
    IMPLEMENTATION("implementation"),
    MEETING_SCHEDULING("meeting-scheduling"),
    MEETING_MINUTES("meeting-minutes"),
    ACTION_ITEM("action-item");

    private final String key;

    DeadlineKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<DeadlineKey> of(String key) {
        return Arrays.stream(values()).filter(value -> value.key.equals(key)).findFirst();
    }
}
