package gov.trade.negotiation.meetings;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.trade.negotiation.config.MailSettings;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.notify.CalendarEntry;
import gov.trade.negotiation.notify.Notification;
import gov.trade.negotiation.notify.NotificationKind;
import gov.trade.negotiation.notify.Notifications;
import gov.trade.negotiation.security.Groups;

/**
 * Calendar invitations for follow-up meetings: one when the desk schedules a meeting, an update when it moves,
 * a cancellation when it is called off. Each meeting keeps one UID; its SEQUENCE lives in the process instance
 * ({@code meetingSequence}) and rises with every change, all in the transaction that makes the change.
 */
@Service
public class MeetingInvitations {

    static final String VAR_SEQUENCE = "meetingSequence";

    private final Notifications notifications;
    private final NegotiationProperties properties;
    private final String uidDomain;
    private final EngineClock clock;
    private final MeetingTimes times;

    public MeetingInvitations(Notifications notifications, NegotiationProperties properties, MailSettings mail,
            EngineClock clock, MeetingTimes times) {
        this.notifications = notifications;
        this.properties = properties;
        this.uidDomain = URI.create(mail.baseUrl()).getHost();
        this.clock = clock;
        this.times = times;
    }

    /** The meeting is scheduled: invite the desk and managers. */
    void invite(VariableScope meeting, String seriesKey) {
        meeting.setVariable(VAR_SEQUENCE, 0);
        meeting.setVariable(MeetingProcess.VAR_INVITED_MEETING, meeting.getVariable(MeetingProcess.VAR_MEETING_NUMBER));
        record(NotificationKind.MEETING_INVITATION, CalendarEntry.REQUEST, meeting.getVariables(), seriesKey, 0);
    }

    /**
     * Whether the series' invitees hold an invitation to a meeting not yet held: the meeting last invited to is the
     * current one (a meeting called off or held has been followed by the next one's plan) and its start is ahead.
     */
    public boolean invitedToMeetingAhead(VariableScope series) {
        Object invited = series.getVariable(MeetingProcess.VAR_INVITED_MEETING);
        Object start = series.getVariable(MeetingProcess.VAR_MEETING_START);
        return invited != null && invited.equals(series.getVariable(MeetingProcess.VAR_MEETING_NUMBER))
                && start instanceof Date date && date.toInstant().isAfter(clock.now());
    }

    /** The party left the program: its meeting ahead is called off (SEQUENCE + 1), with the reason. */
    void cancelForWithdrawal(VariableScope series, String seriesKey) {
        Integer current = (Integer) series.getVariable(VAR_SEQUENCE);
        int sequence = current == null ? 1 : current + 1;
        series.setVariable(VAR_SEQUENCE, sequence);
        record(NotificationKind.MEETING_CANCELLATION, CalendarEntry.CANCEL, series.getVariables(), seriesKey, sequence);
    }

    /** Moves a scheduled meeting (and the timer that opens it) and sends the update. */
    @Transactional
    public void reschedule(RuntimeService runtime, ManagementService management, String nation, int number,
            Instant start) {
        ScheduledMeeting meeting = scheduled(runtime, management, nation, number);
        Date end = Date.from(start.plus(properties.meetings().length()));
        management.setJobDuedate(meeting.timer().getId(), Date.from(start));
        runtime.setVariable(meeting.instance().getId(), MeetingProcess.VAR_MEETING_START, Date.from(start));
        runtime.setVariable(meeting.instance().getId(), MeetingProcess.VAR_MEETING_END, end);
        int sequence = nextSequence(runtime, meeting.instance().getId());
        recordFor(runtime, meeting.instance(), NotificationKind.MEETING_UPDATE, CalendarEntry.REQUEST, sequence);
    }

    /** Calls off a scheduled meeting: the series moves on to plan the next one, and the cancellation goes out. */
    @Transactional
    public void cancel(RuntimeService runtime, ManagementService management, String nation, int number) {
        ScheduledMeeting meeting = scheduled(runtime, management, nation, number);
        int sequence = nextSequence(runtime, meeting.instance().getId());
        recordFor(runtime, meeting.instance(), NotificationKind.MEETING_CANCELLATION, CalendarEntry.CANCEL, sequence);
        runtime.createProcessInstanceModification(meeting.instance().getId())
                .cancelAllForActivity(MeetingProcess.TIMER_MEETING_TIME)
                .startBeforeActivity(MeetingProcess.SERVICE_TASK_PLAN_NEXT_MEETING)
                .execute();
    }

    public String uidOf(String seriesKey, int number) {
        return seriesKey + "-" + number + "@" + uidDomain;
    }

    private record ScheduledMeeting(ProcessInstance instance, Job timer) {
    }

    private ScheduledMeeting scheduled(RuntimeService runtime, ManagementService management, String nation, int number) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                .processInstanceBusinessKey(MeetingProcess.seriesKey(nation)).active().singleResult();
        Job timer = instance == null ? null : management.createJobQuery().processInstanceId(instance.getId())
                .activityId(MeetingProcess.TIMER_MEETING_TIME).singleResult();
        if (timer == null || !Integer.valueOf(number).equals(
                runtime.getVariable(instance.getId(), MeetingProcess.VAR_MEETING_NUMBER))) {
            throw new MeetingNotScheduledException(nation, number);
        }
        return new ScheduledMeeting(instance, timer);
    }

    private static int nextSequence(RuntimeService runtime, String instanceId) {
        Integer current = (Integer) runtime.getVariable(instanceId, VAR_SEQUENCE);
        int next = current == null ? 1 : current + 1;
        runtime.setVariable(instanceId, VAR_SEQUENCE, next);
        return next;
    }

    private void recordFor(RuntimeService runtime, ProcessInstance instance, NotificationKind kind, String method,
            int sequence) {
        record(kind, method, runtime.getVariables(instance.getId()), instance.getBusinessKey(), sequence);
    }

    private void record(NotificationKind kind, String method, Map<String, Object> meeting, String seriesKey, int sequence) {
        String nation = (String) meeting.get(MeetingProcess.VAR_NATION);
        int number = (Integer) meeting.get(MeetingProcess.VAR_MEETING_NUMBER);
        Instant start = ((Date) meeting.get(MeetingProcess.VAR_MEETING_START)).toInstant();
        Instant end = ((Date) meeting.get(MeetingProcess.VAR_MEETING_END)).toInstant();
        String agenda = (String) meeting.get(MeetingProcess.VAR_AGENDA);
        String nationName = properties.nation(nation).map(NegotiationProperties.Nation::name).orElse(nation);
        String summary = "Follow-up meeting with " + nationName + " (no. " + number + ")";
        String uid = uidOf(seriesKey, number);
        Map<String, Object> details = new HashMap<>();
        details.put("nation", nationName);
        details.put("number", number);
        details.put("start", start);
        details.put("end", end);
        details.put("length", Duration.between(start, end).toMinutes());
        details.put("agenda", agenda == null ? "" : agenda);
        String localTimes = times.bothLocal(nation, start);
        details.put("localTimes", localTimes);
        details.put("sequence", sequence);
        Object reason = meeting.get(MeetingProcess.VAR_WITHDRAWAL_REASON);
        if (kind == NotificationKind.MEETING_CANCELLATION && reason instanceof String text && !text.isBlank()) {
            details.put("withdrawalReason", text);
        }
        notifications.record(new Notification("MEETING:" + uid + ":" + sequence, kind, seriesKey, null,
                List.of(Notification.group((String) meeting.get(MeetingProcess.VAR_DESK_GROUP)),
                        Notification.group(Groups.MANAGERS)),
                clock.now(), details,
                new CalendarEntry(uid, sequence, method, summary,
                        "Local times: " + localTimes + (agenda == null || agenda.isBlank() ? "" : "\n\n" + agenda),
                        start, end, properties.kickoff().zone())));
    }
}
