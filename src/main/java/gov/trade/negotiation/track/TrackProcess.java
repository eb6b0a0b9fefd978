package gov.trade.negotiation.track;

/** Process key, element ids, variables and decisions of {@code processes/bilateralTrack.bpmn}. */
public final class TrackProcess {

    public static final String KEY = "bilateralTrack";

    public static final String SERVICE_TASK_ASSIGN_TEAM = "serviceTask_assignTeam";
    public static final String SERVICE_TASK_OPEN_ROUND = "serviceTask_openRound";
    public static final String SERVICE_TASK_GRANT_ROUNDS = "serviceTask_grantRounds";

    public static final String USER_TASK_DRAFT_TEXT = "userTask_draftText";
    public static final String USER_TASK_LEGAL_REVIEW = "userTask_legalReview";
    public static final String USER_TASK_INTERAGENCY_REVIEW = "userTask_interagencyReview";
    public static final String USER_TASK_SEND_TEXT = "userTask_sendText";
    public static final String USER_TASK_RECORD_ANSWER = "userTask_recordAnswer";
    public static final String USER_TASK_REVISE_TEXT = "userTask_reviseText";
    public static final String USER_TASK_DECIDE_STALLED = "userTask_decideStalled";
    public static final String USER_TASK_RESUME_TRACK = "userTask_resumeTrack";
    public static final String USER_TASK_AREA_LEAD_SIGN_OFF = "userTask_areaLeadSignOff";
    public static final String USER_TASK_PROGRAM_MANAGER_SIGN_OFF = "userTask_programManagerSignOff";
    public static final String USER_TASK_UNDER_SECRETARY_SIGN_OFF = "userTask_underSecretarySignOff";
    public static final String USER_TASK_CLOSE_TRACK = "userTask_closeTrack";

    public static final String TIMER_NO_ANSWER_IN_TIME = "timer_recordAnswerEscalation";
    public static final String EVENT_SIGNED = "event_signed";
    public static final String END_EVENT_CLOSED = "endEvent_closed";
    public static final String END_EVENT_WITHDRAWN = "endEvent_withdrawn";

    /**
     * Withdraws a running track: an interrupting message event subprocess that ends it WITHDRAWN with the reason in
     * {@link #VAR_WITHDRAWAL_REASON} (the program withdraws every open track of a nation marked withdrawn).
     */
    public static final String MESSAGE_WITHDRAWAL = "trackWithdrawal";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";

    public static final String VAR_NATION = "nation";
    public static final String VAR_AREA = "area";
    public static final String VAR_DESK_GROUP = "deskGroup";
    public static final String VAR_AREA_LEAD_GROUP = "areaLeadGroup";
    public static final String VAR_NEGOTIATION_ROUND = "negotiationRound";
    public static final String VAR_ROUND_LIMIT = "roundLimit";
    public static final String VAR_LEGAL_DECISION = "legalDecision";
    public static final String VAR_LEGAL_COMMENT = "legalComment";
    public static final String VAR_INTERAGENCY_DECISION = "interagencyDecision";
    public static final String VAR_INTERAGENCY_COMMENT = "interagencyComment";
    public static final String VAR_COUNTERPART_ANSWER = "counterpartAnswer";
    public static final String VAR_STALL_DECISION = "stallDecision";
    public static final String VAR_RESUME_DECISION = "resumeDecision";
    public static final String VAR_SIGN_OFF_DECISION = "signOffDecision";
    public static final String VAR_SIGN_OFF_REASON = "signOffReason";

    /** Legal and interagency review. */
    public enum ReviewDecision { APPROVE, REQUEST_CHANGES }

    public enum CounterpartAnswer { AGREED, MARKUP, NO_ANSWER }

    public enum StallDecision { CONTINUE, SUSPEND, WITHDRAW }

    public enum ResumeDecision { RESUME, WITHDRAW }

    public enum SignOffDecision { APPROVE, REJECT }

    private TrackProcess() {
    }
}
