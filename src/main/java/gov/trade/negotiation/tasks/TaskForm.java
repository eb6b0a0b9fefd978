package gov.trade.negotiation.tasks;

import static gov.trade.negotiation.track.TrackProcess.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.trade.negotiation.meetings.MeetingProcess;

/**
 * The form of each kind of task: which decision it asks for, which decisions need a reason, and where the
 * answer goes in the process. One table for the API, the pages and the validation.
 */
public record TaskForm(Kind kind, String decisionVariable, List<String> decisions, Set<String> reasonRequiredFor,
        String commentVariable) {

    public enum Kind { NOTE, DECISION, SCHEDULE_MEETING, MINUTES }

    private static final TaskForm NOTE = new TaskForm(Kind.NOTE, null, List.of(), Set.of(), null);

    private static final Map<String, TaskForm> BY_TASK = Map.ofEntries(
            Map.entry(USER_TASK_LEGAL_REVIEW, decision(VAR_LEGAL_DECISION, names(ReviewDecision.values()),
                    Set.of(ReviewDecision.REQUEST_CHANGES.name()), VAR_LEGAL_COMMENT)),
            Map.entry(USER_TASK_INTERAGENCY_REVIEW, decision(VAR_INTERAGENCY_DECISION, names(ReviewDecision.values()),
                    Set.of(ReviewDecision.REQUEST_CHANGES.name()), VAR_INTERAGENCY_COMMENT)),
            Map.entry(USER_TASK_RECORD_ANSWER, decision(VAR_COUNTERPART_ANSWER, names(CounterpartAnswer.values()),
                    Set.of(), null)),
            Map.entry(USER_TASK_DECIDE_STALLED, decision(VAR_STALL_DECISION, names(StallDecision.values()),
                    Set.of(StallDecision.SUSPEND.name(), StallDecision.WITHDRAW.name()), null)),
            Map.entry(USER_TASK_RESUME_TRACK, decision(VAR_RESUME_DECISION, names(ResumeDecision.values()),
                    Set.of(ResumeDecision.WITHDRAW.name()), null)),
            Map.entry(USER_TASK_AREA_LEAD_SIGN_OFF, signOff()),
            Map.entry(USER_TASK_PROGRAM_MANAGER_SIGN_OFF, signOff()),
            Map.entry(USER_TASK_UNDER_SECRETARY_SIGN_OFF, signOff()),
            Map.entry(MeetingProcess.USER_TASK_SCHEDULE_MEETING,
                    new TaskForm(Kind.SCHEDULE_MEETING, null, List.of(), Set.of(), null)),
            Map.entry(MeetingProcess.USER_TASK_RECORD_MINUTES,
                    new TaskForm(Kind.MINUTES, null, List.of(), Set.of(), MeetingProcess.VAR_MINUTES)));

    /** The form of a task; tasks without a decision (drafting, sending, closing, action items) take a note. */
    public static TaskForm of(String taskDefinitionKey) {
        return BY_TASK.getOrDefault(taskDefinitionKey, NOTE);
    }

    private static TaskForm decision(String variable, List<String> decisions, Set<String> reasonRequiredFor,
            String commentVariable) {
        return new TaskForm(Kind.DECISION, variable, decisions, reasonRequiredFor, commentVariable);
    }

    private static TaskForm signOff() {
        return decision(VAR_SIGN_OFF_DECISION, names(SignOffDecision.values()),
                Set.of(SignOffDecision.REJECT.name()), VAR_SIGN_OFF_REASON);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
