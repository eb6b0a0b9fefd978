package gov.trade.negotiation.meetings;

/** Process key, element ids and variables of {@code processes/followUpMeetings.bpmn}. */
public final class MeetingProcess {

    public static final String KEY = "followUpMeetings";

    public static final String GATEWAY_NEXT_MEETING = "gateway_nextMeeting";
    public static final String SERVICE_TASK_PLAN_NEXT_MEETING = "serviceTask_planNextMeeting";
    public static final String TIMER_SCHEDULING_WINDOW = "timer_schedulingWindow";
    public static final String SERVICE_TASK_DRAW_AGENDA = "serviceTask_drawAgenda";
    public static final String USER_TASK_SCHEDULE_MEETING = "userTask_scheduleMeeting";
    public static final String TIMER_MEETING_TIME = "timer_meetingTime";
    public static final String USER_TASK_RECORD_MINUTES = "userTask_recordMinutes";
    public static final String USER_TASK_ACTION_ITEM = "userTask_actionItem";
    public static final String END_EVENT_SERIES_ENDED = "endEvent_seriesEnded";
    public static final String END_EVENT_ACTION_ITEMS_DONE = "endEvent_actionItemsDone";

    public static final String EVENT_SUB_PROCESS_WITHDRAWN = "eventSubProcess_partyWithdrawn";
    public static final String START_EVENT_PARTY_WITHDRAWN = "startEvent_partyWithdrawn";
    public static final String GATEWAY_MEETING_AHEAD = "gateway_meetingAhead";
    public static final String SERVICE_TASK_CANCEL_INVITATION = "serviceTask_cancelInvitation";
    public static final String END_EVENT_SERIES_WITHDRAWN = "endEvent_seriesWithdrawn";

    /** The nation left the program: ends the series, wherever it stands, with {@link #VAR_WITHDRAWAL_REASON}. */
    public static final String MESSAGE_SERIES_WITHDRAWAL = "meetingSeriesWithdrawal";
    public static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";

    public static final String VAR_NATION = "nation";
    public static final String VAR_DESK_GROUP = "deskGroup";
    public static final String VAR_MEETING_NUMBER = "meetingNumber";
    public static final String VAR_MEETING_START = "meetingStart";
    public static final String VAR_MEETING_END = "meetingEnd";
    public static final String VAR_SCHEDULING_OPENS = "schedulingOpens";
    public static final String VAR_AGENDA = "agenda";
    /** The number of the meeting the last invitation went out for. */
    public static final String VAR_INVITED_MEETING = "invitedMeeting";
    public static final String VAR_OPEN_TRACK_COUNT = "openTrackCount";
    public static final String VAR_MINUTES = "minutes";
    /** JSON array of {@code {"trackId": "JP-ENERGY", "text": "..."}}, set when the minutes are recorded. */
    public static final String VAR_ACTION_ITEMS = "actionItems";
    public static final String VAR_ACTION_ITEM_TRACK = "actionItemTrack";
    public static final String VAR_ACTION_ITEM_TEXT = "actionItemText";

    private MeetingProcess() {
    }

    /** The business key of the meeting series with one nation, e.g. {@code MEETINGS-JP}. */
    public static String seriesKey(String nation) {
        return "MEETINGS-" + nation;
    }
}
