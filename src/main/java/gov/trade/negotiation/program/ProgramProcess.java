package gov.trade.negotiation.program;

/** Process key and element ids of {@code processes/negotiationProgram.bpmn}. */
public final class ProgramProcess {

    public static final String KEY = "negotiationProgram";

    public static final String CALL_ACTIVITY_TRACKS = "callActivity_tracks";
    public static final String CALL_ACTIVITY_MEETING_SERIES = "callActivity_meetingSeries";
    public static final String END_EVENT_PROGRAM_COMPLETE = "endEvent_programComplete";

    private ProgramProcess() {
    }
}
