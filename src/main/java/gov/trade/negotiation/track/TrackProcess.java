package gov.trade.negotiation.track;

/**
 * Process key, element ids, message name, variables and decisions of {@code processes/bilateralTrack.bpmn}, shared by
 * the model, the code and the tests.
 */
public final class TrackProcess {

    public static final String KEY = "bilateralTrack";

    /** Correlated with the business key and {@link #VAR_WITHDRAWAL_REASON} to withdraw a running track. */
    public static final String MESSAGE_WITHDRAWAL = "trackWithdrawal";

    public static final String START_EVENT_OPENED = "startEvent_trackOpened";
    public static final String SERVICE_TASK_ASSIGN_TEAM = "serviceTask_assignTeam";
    public static final String GATEWAY_BLANKET_AUTHORITY = "gateway_blanketAuthority";

    public static final String USER_TASK_REQUEST_AUTHORITY = "userTask_requestAuthority";
    public static final String USER_TASK_MEMORANDUM_OF_LAW = "userTask_memorandumOfLaw";
    public static final String USER_TASK_APPROVE_AUTHORITY = "userTask_approveAuthority";

    public static final String USER_TASK_DRAFT_TEXT = "userTask_draftText";
    public static final String USER_TASK_LEGAL_REVIEW = "userTask_legalReview";
    public static final String USER_TASK_INTERAGENCY_REVIEW = "userTask_interagencyReview";
    public static final String GATEWAY_LATEST_CLEARED = "gateway_latestCleared";
    public static final String USER_TASK_REVISE_TEXT = "userTask_reviseText";

    public static final String SERVICE_TASK_OPEN_ROUND = "serviceTask_openRound";
    public static final String USER_TASK_SEND_TEXT = "userTask_sendText";
    public static final String USER_TASK_RECORD_ANSWER = "userTask_recordAnswer";
    public static final String TIMER_NO_ANSWER_IN_TIME = "timer_noAnswerInTime";
    public static final String USER_TASK_DECIDE_STALLED = "userTask_decideStalled";
    public static final String USER_TASK_RESUME_TRACK = "userTask_resumeTrack";
    public static final String SERVICE_TASK_GRANT_ROUNDS = "serviceTask_grantRounds";

    public static final String USER_TASK_INITIAL_TEXT = "userTask_initialText";
    public static final String USER_TASK_CHECK_CONFORMITY = "userTask_checkConformity";
    public static final String USER_TASK_AREA_LEAD_SIGN_OFF = "userTask_areaLeadSignOff";
    public static final String USER_TASK_PROGRAM_MANAGER_SIGN_OFF = "userTask_programManagerSignOff";
    public static final String USER_TASK_UNDER_SECRETARY_SIGN_OFF = "userTask_underSecretarySignOff";
    public static final String SERVICE_TASK_RESTART_ROUNDS = "serviceTask_restartRounds";
    public static final String USER_TASK_REQUEST_CONCLUDE_AUTHORITY = "userTask_requestConcludeAuthority";
    public static final String USER_TASK_APPROVE_CONCLUDE_AUTHORITY = "userTask_approveConcludeAuthority";

    public static final String GATEWAY_STILL_CLEARED = "gateway_stillCleared";
    public static final String USER_TASK_SIGN = "userTask_signWithCounterpart";
    /** The counterparts signed: what the dashboard counts as a signed agreement. */
    public static final String EVENT_AGREEMENT_SIGNED = "event_agreementSigned";
    public static final String EVENT_EFFECTIVE_ON_SIGNATURE = "event_effectiveOnSignature";
    public static final String USER_TASK_DOMESTIC_PROCEDURES = "userTask_recordDomesticProcedures";
    public static final String EVENT_ENTERED_INTO_FORCE = "event_enteredIntoForce";
    public static final String USER_TASK_TRANSMIT_TEXT = "userTask_transmitToTreatyAffairs";
    public static final String USER_TASK_REPORT_TO_CONGRESS = "userTask_reportToCongress";
    public static final String USER_TASK_CLOSE_TRACK = "userTask_closeTrack";

    public static final String END_EVENT_CLOSED = "endEvent_closed";
    public static final String END_EVENT_WITHDRAWN = "endEvent_withdrawn";
    /** The event subprocess a withdrawal order runs in (the end activity the engine records for such a track). */
    public static final String SUB_PROCESS_WITHDRAWAL = "subProcess_withdrawal";
    public static final String START_EVENT_WITHDRAWAL_ORDERED = "startEvent_withdrawalOrdered";
    public static final String END_EVENT_WITHDRAWN_BY_ORDER = "endEvent_withdrawnByOrder";

    public static final String VAR_NATION = "nation";
    public static final String VAR_AREA = "area";
    public static final String VAR_LEAD_GROUP = "leadGroup";
    /** Set by tracks started before the lead group existed (a bilateral track's desk). */
    public static final String VAR_DESK_GROUP = "deskGroup";
    public static final String VAR_AREA_LEAD_GROUP = "areaLeadGroup";
    /** The party of one instance of a per-party step. */
    public static final String VAR_PARTY = "party";

    public static final String VAR_BLANKET_AUTHORITY = "blanketAuthority";
    public static final String VAR_INSTRUMENT = "instrumentType";
    public static final String VAR_ENTRY_INTO_FORCE = "entryIntoForce";
    public static final String VAR_CONCLUDE_REQUESTED = "concludeAuthorityRequested";
    public static final String VAR_CONCLUDE_GRANTED = "concludeAuthorityGranted";
    public static final String VAR_AUTHORITY_DECISION = "negotiateAuthorityDecision";
    public static final String VAR_AUTHORITY_REASON = "negotiateAuthorityReason";
    public static final String VAR_CONCLUDE_DECISION = "concludeAuthorityDecision";
    public static final String VAR_CONCLUDE_REASON = "concludeAuthorityReason";

    public static final String VAR_NEGOTIATION_ROUND = "negotiationRound";
    public static final String VAR_ROUND_LIMIT = "roundLimit";
    public static final String VAR_LEGAL_DECISION = "legalDecision";
    public static final String VAR_LEGAL_COMMENT = "legalComment";
    public static final String VAR_LEGAL_VERSION = "legalVersion";
    public static final String VAR_INTERAGENCY_DECISION = "interagencyDecision";
    public static final String VAR_INTERAGENCY_COMMENT = "interagencyComment";
    public static final String VAR_INTERAGENCY_VERSION = "interagencyVersion";
    public static final String VAR_SENT_VERSION = "sentVersion";
    /** One party's answer, with the completion of its task (transient: the round's answers are kept below). */
    public static final String VAR_COUNTERPART_ANSWER = "counterpartAnswer";
    /** The counterpart's text with a markup (transient: stored as a draft version, not as a variable). */
    public static final String VAR_MARKUP_TEXT = "markupText";
    /**
     * The new text submitted with "Draft agreement text" or "Revise text" and its note (transient: stored as the next
     * draft version by the task's completion, not as a variable).
     */
    public static final String VAR_DRAFT_TEXT = "draftText";
    public static final String VAR_DRAFT_NOTE = "draftNote";
    /** This round's answers by party, JSON: {@code {"JP": "MARKUP"}}. */
    public static final String VAR_COUNTERPART_ANSWERS = "counterpartAnswers";
    /** AGREED (every party agreed), MARKUP (one marked up, none refused) or NO_ANSWER. */
    public static final String VAR_ROUND_OUTCOME = "roundOutcome";
    public static final String VAR_STALL_DECISION = "stallDecision";
    public static final String VAR_RESUME_DECISION = "resumeDecision";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";

    public static final String VAR_VERSION = "version";
    public static final String VAR_INITIALED_VERSION = "initialedVersion";
    public static final String VAR_INITIALED_HASH = "initialedHash";
    public static final String VAR_INITIALED_ON = "initialedOn";
    public static final String VAR_CONFORMITY_DECISION = "conformityDecision";
    public static final String VAR_CONFORMITY_COMMENT = "conformityComment";
    public static final String VAR_SIGN_OFF_DECISION = "signOffDecision";
    public static final String VAR_SIGN_OFF_REASON = "signOffReason";

    /** Per-signature fields (transient: kept per party in {@link #VAR_SIGNATURES}). */
    public static final String VAR_SIGNED_ON = "signedOn";
    public static final String VAR_SIGNED_AT = "signedAt";
    public static final String VAR_US_SIGNATORY = "usSignatory";
    public static final String VAR_COUNTERPART_SIGNATORY = "counterpartSignatory";
    /** Signatures by party, JSON. */
    public static final String VAR_SIGNATURES = "signatures";
    /** When one side's domestic procedures were completed (transient: kept per side in {@link #VAR_DOMESTIC_PROCEDURES}). */
    public static final String VAR_COMPLETED_ON = "completedOn";
    public static final String VAR_DOMESTIC_PROCEDURES = "domesticProcedures";
    /** The date the agreement entered into force (or a non-binding instrument became operative). */
    public static final String VAR_EFFECTIVE_ON = "effectiveOn";
    public static final String VAR_TRANSMITTED_ON = "transmittedOn";
    public static final String VAR_REPORTED_ON = "reportedOn";

    /** Legal and interagency review: APPROVE clears the named version. */
    public enum ReviewDecision { APPROVE, REQUEST_CHANGES }

    public enum AuthorityDecision { APPROVE, RETURN }

    public enum CounterpartAnswer { AGREED, MARKUP, NO_ANSWER }

    public enum StallDecision { CONTINUE, SUSPEND, WITHDRAW }

    public enum ResumeDecision { RESUME, WITHDRAW }

    public enum ConformityDecision { CONFORMS, CHANGES_NEEDED }

    public enum SignOffDecision { APPROVE, REJECT }

    private TrackProcess() {
    }
}
