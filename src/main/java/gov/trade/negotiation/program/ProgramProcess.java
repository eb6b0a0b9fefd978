package gov.trade.negotiation.program;

/** Process key, element ids, messages and variables of {@code processes/negotiationProgram.bpmn}. */
public final class ProgramProcess {

    public static final String KEY = "negotiationProgram";

    public static final String START_EVENT_KICKOFF = "startEvent_kickoff";
    public static final String EVENT_PROGRAM_CLOSED = "event_programClosed";
    public static final String END_EVENT_PROGRAM_COMPLETE = "endEvent_programComplete";

    public static final String EVENT_SUB_PROCESS_PARTIES_JOIN = "eventSubProcess_partiesJoin";
    public static final String START_EVENT_PARTIES_JOIN = "startEvent_partiesJoin";
    public static final String TIMER_JOINING_DATE = "timer_joiningDate";
    /** Multi-instance, one asynchronous start per joined track: it starts the track unless its party withdrew. */
    public static final String SUB_PROCESS_TRACKS = "subProcess_tracks";
    public static final String GATEWAY_TRACK_TAKES_PART = "gateway_trackTakesPart";
    public static final String CALL_ACTIVITY_TRACKS = "callActivity_tracks";
    public static final String END_EVENT_TRACK_NOT_STARTED = "endEvent_trackNotStarted";
    /** Multi-instance, one asynchronous start per joined nation's meeting series, unless the nation withdrew. */
    public static final String SUB_PROCESS_MEETING_SERIES = "subProcess_meetingSeries";
    public static final String GATEWAY_SERIES_TAKES_PART = "gateway_seriesTakesPart";
    public static final String CALL_ACTIVITY_MEETING_SERIES = "callActivity_meetingSeries";
    public static final String END_EVENT_SERIES_NOT_STARTED = "endEvent_seriesNotStarted";
    public static final String END_EVENT_JOINED_DONE = "endEvent_joinedDone";

    /** Parties join: starts the event subprocess; carries {@link #VAR_JOIN_ID} and {@link #VAR_JOINING_DATE}. */
    public static final String MESSAGE_PARTIES_JOIN = "partiesJoin";
    /** Managers close the program: no more joins; it completes when every joined track and series has ended. */
    public static final String MESSAGE_PROGRAM_CLOSED = "programClosed";

    /** The join record (table {@code program_join}) whose tracks and series this event subprocess starts. */
    public static final String VAR_JOIN_ID = "joinId";
    /** When the joined tracks start: the timer "Joining date reached". */
    public static final String VAR_JOINING_DATE = "joiningDate";
    /** Element variables of the two multi-instance subprocesses. */
    public static final String VAR_TRACK_ID = "trackId";
    public static final String VAR_NATION = "nation";

    private ProgramProcess() {
    }
}
