package gov.trade.negotiation.meetings;

import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.stereotype.Service;

/**
 * Every meeting of a nation's series, read back from the engine's history (read-only; the process keeps only
 * the current meeting in its variables). The variable updates of the series are walked in the order they
 * happened: a new {@code meetingNumber} opens a meeting, the {@code meetingStart} set with it is the planned
 * slot, later ones are the scheduled time, and an invitation ({@code meetingSequence} 0) marks it scheduled.
 * The n-th "meeting time reached" timer of the series belongs to the n-th scheduled meeting: fired, it was held;
 * cancelled, it was called off. Needs history level full (the application's setting).
 */
@Service
public class MeetingHistory {

    /** Set by the "Schedule meeting" form (tasks' form validator). */
    private static final String PLACE = "place";

    private final HistoryService history;

    MeetingHistory(HistoryService history) {
        this.history = history;
    }

    /** The meetings with one nation, by number; empty if its series never started. */
    public List<Meeting> of(String nation) {
        List<Meeting> meetings = new ArrayList<>();
        for (HistoricProcessInstance series : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MeetingProcess.KEY).processInstanceBusinessKey(MeetingProcess.seriesKey(nation))
                .orderByProcessInstanceStartTime().asc().list()) {
            meetings.addAll(meetingsOf(nation, series));
        }
        return meetings;
    }

    private List<Meeting> meetingsOf(String nation, HistoricProcessInstance series) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(series.getId())
                .variableUpdates().orderByTime().asc().orderPartiallyByOccurrence().asc().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            Object value = update.getValue();
            if (MeetingProcess.VAR_MEETING_NUMBER.equals(update.getVariableName())) {
                if (current == null || !value.equals(current.number)) {
                    current = new Draft((Integer) value);
                    drafts.add(current);
                }
            } else if (current != null) {
                current.apply(update.getVariableName(), value);
            }
        }
        Iterator<HistoricActivityInstance> timers = history.createHistoricActivityInstanceQuery()
                .processInstanceId(series.getId()).activityId(MeetingProcess.TIMER_MEETING_TIME)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list()
                .iterator();
        boolean seriesEnded = series.getEndTime() != null;
        List<Meeting> meetings = new ArrayList<>();
        for (Draft draft : drafts) {
            Meeting.Status status = Meeting.Status.PLANNED;
            if (draft.sequence != null) {
                HistoricActivityInstance timer = timers.hasNext() ? timers.next() : null;
                status = timer == null || timer.getEndTime() == null ? Meeting.Status.SCHEDULED
                        : timer.isCanceled() ? Meeting.Status.CALLED_OFF : Meeting.Status.HELD;
            }
            if (seriesEnded && (status == Meeting.Status.PLANNED || status == Meeting.Status.SCHEDULED)) {
                status = Meeting.Status.CALLED_OFF;
            }
            meetings.add(new Meeting(nation, draft.number, status, draft.plannedStart == null ? null
                    : draft.plannedStart.toInstant(),
                    draft.sequence == null ? null : latest(draft).toInstant(), draft.place, draft.sequence,
                    draft.agenda));
        }
        return meetings;
    }

    private static Date latest(Draft draft) {
        return draft.scheduledStart != null ? draft.scheduledStart : draft.plannedStart;
    }

    /** A meeting while its updates are read. */
    private static final class Draft {
        final int number;
        Date plannedStart;
        Date scheduledStart;
        String place;
        String agenda;
        Integer sequence;

        Draft(int number) {
            this.number = number;
        }

        void apply(String variable, Object value) {
            switch (variable) {
                case MeetingProcess.VAR_MEETING_START -> {
                    if (plannedStart == null) {
                        plannedStart = (Date) value;
                    } else {
                        scheduledStart = (Date) value;
                    }
                }
                case PLACE -> place = (String) value;
                case MeetingProcess.VAR_AGENDA -> agenda = (String) value;
                case MeetingInvitations.VAR_SEQUENCE -> {
                    // 0 is the invitation; a raise before it would belong to the meeting before (same transaction)
                    if (Integer.valueOf(0).equals(value) || sequence != null) {
                        sequence = (Integer) value;
                    }
                }
                default -> { }
            }
        }
    }
}
