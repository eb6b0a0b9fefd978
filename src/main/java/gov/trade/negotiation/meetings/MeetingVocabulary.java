package gov.trade.negotiation.meetings;

import static gov.trade.negotiation.workflow.FormField.Type.ACTION_ITEMS;
import static gov.trade.negotiation.workflow.FormField.Type.DATE_TIME;
import static gov.trade.negotiation.workflow.FormField.Type.LONG_TEXT;
import static gov.trade.negotiation.workflow.FormField.Type.TEXT;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.problem.StoredText;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackQueries;
import gov.trade.negotiation.track.TrackSummary;
import gov.trade.negotiation.workflow.FormField;
import gov.trade.negotiation.workflow.FormValues;
import gov.trade.negotiation.workflow.FormValues.ActionItem;
import gov.trade.negotiation.workflow.ProcessVocabulary;
import gov.trade.negotiation.workflow.Stage;
import gov.trade.negotiation.workflow.Subject;
import gov.trade.negotiation.workflow.TaskForm;
import gov.trade.negotiation.workflow.TaskRef;

/** The follow-up meetings' words: scheduling and minutes forms, action items on the nation's open tracks. */
@Component
class MeetingVocabulary implements ProcessVocabulary {

    /** Every meeting task is in one stage. */
    enum MeetingStage implements Stage {
        MEETING;

        @Override
        public String label() {
            return "Follow-up meeting";
        }
    }

    static final String PLACE = "place";
    static final String ATTENDEES = "attendees";

    private static final Map<String, TaskForm> FORMS = Map.of(
            MeetingProcess.USER_TASK_SCHEDULE_MEETING, new TaskForm("SCHEDULE_MEETING", List.of(
                    FormField.required(PLACE, TEXT, "Place"),
                    FormField.optional(ATTENDEES, LONG_TEXT, "Attendees"),
                    FormField.optional(MeetingProcess.VAR_MEETING_START, DATE_TIME,
                            "Date and time (leave empty to keep the planned slot)"),
                    FormField.comment())),
            MeetingProcess.USER_TASK_RECORD_MINUTES, new TaskForm("MINUTES", List.of(
                    FormField.required(MeetingProcess.VAR_MINUTES, LONG_TEXT, "Minutes"),
                    FormField.optional(MeetingProcess.VAR_ACTION_ITEMS, ACTION_ITEMS,
                            "Action items, one per line: TRACK-ID: what is to be done"),
                    FormField.comment())));

    private final TrackQueries tracks;
    private final TaskService taskService;
    private final ObjectMapper json;
    private final ZoneId zone;

    MeetingVocabulary(TrackQueries tracks, TaskService taskService, ObjectMapper json, NegotiationProperties properties) {
        this.tracks = tracks;
        this.taskService = taskService;
        this.json = json;
        this.zone = properties.kickoff().zone();
    }

    @Override
    public String processKey() {
        return MeetingProcess.KEY;
    }

    @Override
    public Optional<Subject> subject(String businessKey) {
        String prefix = MeetingProcess.seriesKey("");
        return businessKey != null && businessKey.startsWith(prefix) && businessKey.length() > prefix.length()
                ? Optional.of(new Subject(businessKey, businessKey.substring(prefix.length()), null))
                : Optional.empty();
    }

    @Override
    public boolean canRead(CurrentUser user, Subject subject) {
        return user.readsEverything() || user.isIn(Groups.desk(subject.nation()));
    }

    @Override
    public List<? extends Stage> stages() {
        return List.of(MeetingStage.MEETING);
    }

    @Override
    public Optional<? extends Stage> stageOf(String taskKey) {
        return Optional.of(MeetingStage.MEETING);
    }

    @Override
    public List<String> taskKeysOf(Stage stage) {
        return List.of(MeetingProcess.USER_TASK_SCHEDULE_MEETING, MeetingProcess.USER_TASK_RECORD_MINUTES,
                MeetingProcess.USER_TASK_ACTION_ITEM);
    }

    @Override
    public TaskForm formOf(String taskKey) {
        return FORMS.getOrDefault(taskKey, TaskForm.NOTE);
    }

    @Override
    public Map<String, Object> variables(TaskRef task, FormValues values) {
        Map<String, Object> variables = new HashMap<>();
        if (MeetingProcess.USER_TASK_SCHEDULE_MEETING.equals(task.key())) {
            variables.put(PLACE, values.text(PLACE));
            variables.put(ATTENDEES, values.has(ATTENDEES) ? values.text(ATTENDEES) : "");
            if (values.has(MeetingProcess.VAR_MEETING_START)) {
                variables.put(MeetingProcess.VAR_MEETING_START, values.value(MeetingProcess.VAR_MEETING_START));
            }
        } else if (MeetingProcess.USER_TASK_RECORD_MINUTES.equals(task.key())) {
            List<ActionItem> items = values.actionItems(MeetingProcess.VAR_ACTION_ITEMS);
            Set<String> open = items.isEmpty() ? Set.of() : subject(task.businessKey())
                    .map(subject -> tracks.openTracksOf(subject.nation()).stream().map(TrackSummary::id)
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).trackId() == null || !open.contains(items.get(i).trackId())) {
                    values.reject(MeetingProcess.VAR_ACTION_ITEMS + "[" + i + "].trackId",
                            "must be one of this nation's open tracks " + open.stream().sorted().toList());
                }
            }
            variables.put(MeetingProcess.VAR_MINUTES, values.has(MeetingProcess.VAR_MINUTES)
                    ? values.text(MeetingProcess.VAR_MINUTES) : "");
            try {
                String itemsJson = json.writeValueAsString(items.stream()
                        .map(item -> Map.of("trackId", String.valueOf(item.trackId()), "text", String.valueOf(item.text())))
                        .toList());
                if (itemsJson.length() > StoredText.MAX_PROCESS_VARIABLE) {
                    values.reject(MeetingProcess.VAR_ACTION_ITEMS, "are longer than " + StoredText.MAX_PROCESS_VARIABLE
                            + " characters together; record fewer or shorter items");
                }
                variables.put(MeetingProcess.VAR_ACTION_ITEMS, itemsJson);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return variables;
    }

    @Override
    public List<String> context(TaskRef task) {
        Map<String, Object> v = taskService.getVariables(task.id());
        List<String> lines = new ArrayList<>();
        if (v.get(MeetingProcess.VAR_MEETING_NUMBER) != null) {
            lines.add("Meeting " + v.get(MeetingProcess.VAR_MEETING_NUMBER)
                    + (v.get(MeetingProcess.VAR_MEETING_START) instanceof Date start ? " on " + DateTimeFormatter
                            .ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH).format(start.toInstant().atZone(zone))
                            : ""));
        }
        text(lines, v, PLACE, "Place: ");
        if (v.get(MeetingProcess.VAR_AGENDA) instanceof String agenda && !agenda.isBlank()) {
            lines.add("Agenda: " + String.join("; ", agenda.lines().filter(line -> !line.isBlank()).toList()));
        }
        text(lines, v, MeetingProcess.VAR_ACTION_ITEM_TRACK, "Track: ");
        text(lines, v, MeetingProcess.VAR_ACTION_ITEM_TEXT, "To do: ");
        return lines;
    }

    private static void text(List<String> lines, Map<String, Object> v, String variable, String prefix) {
        if (v.get(variable) instanceof String text && !text.isBlank()) {
            lines.add(prefix + text);
        }
    }
}
