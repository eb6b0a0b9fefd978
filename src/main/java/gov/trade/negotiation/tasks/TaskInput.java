package gov.trade.negotiation.tasks;

import java.util.List;

/**
 * What a person submits to complete a task. Which fields a task needs depends on its form, see {@link TaskForm}:
 * a decision and comment for reviews and sign-offs, the counterpart's answer, meeting details, minutes.
 */
public record TaskInput(String decision, String comment, String place, String attendees, String meetingStart,
        String minutes, List<ActionItemInput> actionItems) {

    public TaskInput {
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }

    /** An action item from the minutes: a task for the desk on one of the nation's tracks. */
    public record ActionItemInput(String trackId, String text) {
    }
}
