package gov.trade.negotiation.tasks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.tasks.TaskInput.ActionItemInput;

/**
 * Checks a submitted form against its task's {@link TaskForm} and turns it into process variables. Every
 * problem is reported at once, by field name, and nothing is changed.
 */
final class TaskFormValidator {

    static final int MAX_COMMENT = 4_000;
    static final int MAX_MINUTES = 100_000;

    private final ObjectMapper json;
    private final ZoneId meetingZone;

    TaskFormValidator(ObjectMapper json, ZoneId meetingZone) {
        this.json = json;
        this.meetingZone = meetingZone;
    }

    /** The variables to complete the task with. {@code actionItemTracks} are the tracks items may name. */
    Map<String, Object> variables(TaskForm form, TaskInput input, Set<String> actionItemTracks) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> variables = new HashMap<>();
        checkLength(errors, "comment", input.comment(), MAX_COMMENT);
        switch (form.kind()) {
            case NOTE -> { }
            case DECISION -> decision(form, input, errors, variables);
            case SCHEDULE_MEETING -> meeting(input, errors, variables);
            case MINUTES -> minutes(input, actionItemTracks, errors, variables);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return variables;
    }

    private static void decision(TaskForm form, TaskInput input, Map<String, String> errors,
            Map<String, Object> variables) {
        String decision = input.decision();
        if (isBlank(decision)) {
            errors.put("decision", "is required: one of " + form.decisions());
            return;
        }
        if (!form.decisions().contains(decision)) {
            errors.put("decision", "must be one of " + form.decisions());
            return;
        }
        if (form.reasonRequiredFor().contains(decision) && isBlank(input.comment())) {
            errors.put("comment", "a reason is required for " + decision);
        }
        variables.put(form.decisionVariable(), decision);
        if (form.commentVariable() != null) {
            variables.put(form.commentVariable(), input.comment() == null ? "" : input.comment().strip());
        }
    }

    private void meeting(TaskInput input, Map<String, String> errors, Map<String, Object> variables) {
        if (isBlank(input.place())) {
            errors.put("place", "is required");
        } else {
            checkLength(errors, "place", input.place(), 500);
            variables.put("place", input.place().strip());
        }
        checkLength(errors, "attendees", input.attendees(), MAX_COMMENT);
        variables.put("attendees", input.attendees() == null ? "" : input.attendees().strip());
        if (!isBlank(input.meetingStart())) {
            try {
                variables.put(MeetingProcess.VAR_MEETING_START, Date.from(meetingStart(input.meetingStart().strip())));
            } catch (DateTimeParseException e) {
                errors.put("meetingStart", "must be a date and time like 2026-01-09T10:00 (in the program's time "
                        + "zone) or with an offset like 2026-01-09T15:00:00Z or 2026-01-09T10:00:00-05:00");
            }
        }
    }

    /** With an offset (as PUT /api/meetings takes it) or local in the program's zone (as the page's field sends it). */
    private Instant meetingStart(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(meetingZone).toInstant();
        }
    }

    private void minutes(TaskInput input, Set<String> actionItemTracks, Map<String, String> errors,
            Map<String, Object> variables) {
        if (isBlank(input.minutes())) {
            errors.put("minutes", "are required");
        } else {
            checkLength(errors, "minutes", input.minutes(), MAX_MINUTES);
        }
        List<ActionItemInput> items = input.actionItems();
        for (int i = 0; i < items.size(); i++) {
            ActionItemInput item = items.get(i);
            if (item.trackId() == null || !actionItemTracks.contains(item.trackId())) {
                errors.put("actionItems[" + i + "].trackId", "must be one of this nation's open tracks "
                        + actionItemTracks.stream().sorted().toList());
            }
            if (isBlank(item.text())) {
                errors.put("actionItems[" + i + "].text", "is required");
            } else {
                checkLength(errors, "actionItems[" + i + "].text", item.text(), MAX_COMMENT);
            }
        }
        variables.put(MeetingProcess.VAR_MINUTES, input.minutes() == null ? "" : input.minutes().strip());
        try {
            variables.put(MeetingProcess.VAR_ACTION_ITEMS, json.writeValueAsString(items.stream()
                    .map(item -> Map.of("trackId", String.valueOf(item.trackId()),
                            "text", String.valueOf(item.text()).strip()))
                    .toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkLength(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "is longer than " + max + " characters");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
