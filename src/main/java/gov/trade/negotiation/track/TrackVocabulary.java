package gov.trade.negotiation.track;

import static gov.trade.negotiation.track.TrackProcess.*;
import static gov.trade.negotiation.workflow.FormField.Type.AGREEMENT_TEXT;
import static gov.trade.negotiation.workflow.FormField.Type.DATE;
import static gov.trade.negotiation.workflow.FormField.Type.LONG_TEXT;
import static gov.trade.negotiation.workflow.FormField.Type.TEXT;
import static gov.trade.negotiation.workflow.FormField.Type.VERSION;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.AuthoritySettings.EntryIntoForce;
import gov.trade.negotiation.config.AuthoritySettings.Instrument;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.workflow.FormField;
import gov.trade.negotiation.workflow.FormField.Condition;
import gov.trade.negotiation.workflow.FormValues;
import gov.trade.negotiation.workflow.ProcessVocabulary;
import gov.trade.negotiation.workflow.Stage;
import gov.trade.negotiation.workflow.Subject;
import gov.trade.negotiation.workflow.TaskForm;
import gov.trade.negotiation.workflow.TaskRef;

/**
 * The track's words: its forms (one table), how each becomes process variables, its stages and the situation of a
 * task in words ({@link TrackContext}). Fields a per-party step or a text check reads once are passed as transient
 * variables, so they never land in a process variable (an agreement text can be 1 MiB; Camunda keeps 4,000 chars).
 */
@Component
class TrackVocabulary implements ProcessVocabulary {

    private static final FormField VERSION_FIELD = FormField.optional(VAR_VERSION, VERSION,
            "Version (empty: the latest)");
    private static final FormField CLEARED_VERSION = FormField.optional(VAR_VERSION, VERSION,
            "Version (empty: the latest, which must be cleared)");

    /** The agreement text on the forms that carry it, and the note of the version it becomes. */
    static final String FIELD_TEXT = "text";
    static final String FIELD_NOTE = "note";

    /** Drafting and revising: the latest text to edit, stored as the next version when it changed. */
    private static final TaskForm DRAFTING = new TaskForm("DRAFTING", List.of(
            FormField.optional(FIELD_TEXT, AGREEMENT_TEXT,
                    "Agreement text: the latest version; what you change is stored as the next version"),
            FormField.optional(FIELD_NOTE, TEXT, "Note on the new version"),
            FormField.comment()));

    private static final Map<String, TaskForm> FORMS = Map.ofEntries(
            Map.entry(USER_TASK_DRAFT_TEXT, DRAFTING),
            Map.entry(USER_TASK_REVISE_TEXT, DRAFTING),
            Map.entry(USER_TASK_REQUEST_AUTHORITY, new TaskForm("AUTHORITY_REQUEST", List.of(
                    FormField.choice(VAR_INSTRUMENT, "Instrument", true, null, Instrument.values()),
                    FormField.choice(VAR_ENTRY_INTO_FORCE, "Entry into force (binding only)", false,
                            new Condition(VAR_INSTRUMENT, Set.of(Instrument.BINDING.name())), EntryIntoForce.values()),
                    FormField.optional(VAR_CONCLUDE_REQUESTED, FormField.Type.YES_NO,
                            "Request authority to conclude at the same time"),
                    FormField.required(FormField.COMMENT, LONG_TEXT,
                            "Principal features, risks and congressional consultation")))),
            Map.entry(USER_TASK_MEMORANDUM_OF_LAW, new TaskForm("NOTE", List.of(
                    FormField.required(FormField.COMMENT, LONG_TEXT, "Memorandum of law: conclusions")))),
            Map.entry(USER_TASK_APPROVE_AUTHORITY, decision(AuthorityDecision.values(), AuthorityDecision.RETURN)),
            Map.entry(USER_TASK_LEGAL_REVIEW, decision(ReviewDecision.values(), ReviewDecision.REQUEST_CHANGES,
                    VERSION_FIELD)),
            Map.entry(USER_TASK_INTERAGENCY_REVIEW, decision(ReviewDecision.values(), ReviewDecision.REQUEST_CHANGES,
                    VERSION_FIELD)),
            Map.entry(USER_TASK_SEND_TEXT, new TaskForm("NOTE", List.of(CLEARED_VERSION, FormField.comment()))),
            Map.entry(USER_TASK_RECORD_ANSWER, new TaskForm("DECISION", List.of(
                    FormField.decision(CounterpartAnswer.values()),
                    new FormField(FIELD_TEXT, AGREEMENT_TEXT, "Their text (with a markup): the text sent, to change "
                            + "into theirs", false,
                            new Condition(FormField.DECISION, Set.of(CounterpartAnswer.MARKUP.name())), List.of()),
                    FormField.comment()))),
            Map.entry(USER_TASK_DECIDE_STALLED, decision(StallDecision.values(), StallDecision.SUSPEND,
                    StallDecision.WITHDRAW)),
            Map.entry(USER_TASK_RESUME_TRACK, decision(ResumeDecision.values(), ResumeDecision.WITHDRAW)),
            Map.entry(USER_TASK_INITIAL_TEXT, new TaskForm("INITIALING", List.of(
                    FormField.required(VAR_INITIALED_ON, DATE, "Initialed on"),
                    FormField.required("usNegotiator", TEXT, "US negotiator"),
                    FormField.required("counterpartNegotiators", TEXT, "Counterpart negotiators"),
                    CLEARED_VERSION, FormField.comment()))),
            Map.entry(USER_TASK_CHECK_CONFORMITY, decision(ConformityDecision.values(),
                    ConformityDecision.CHANGES_NEEDED)),
            Map.entry(USER_TASK_AREA_LEAD_SIGN_OFF, decision(SignOffDecision.values(), SignOffDecision.REJECT)),
            Map.entry(USER_TASK_PROGRAM_MANAGER_SIGN_OFF, decision(SignOffDecision.values(), SignOffDecision.REJECT)),
            Map.entry(USER_TASK_UNDER_SECRETARY_SIGN_OFF, decision(SignOffDecision.values(), SignOffDecision.REJECT)),
            Map.entry(USER_TASK_REQUEST_CONCLUDE_AUTHORITY, new TaskForm("NOTE", List.of(
                    FormField.required(FormField.COMMENT, LONG_TEXT, "Action memo: the final text and any changes")))),
            Map.entry(USER_TASK_APPROVE_CONCLUDE_AUTHORITY, decision(AuthorityDecision.values(),
                    AuthorityDecision.RETURN)),
            Map.entry(USER_TASK_SIGN, new TaskForm("SIGNATURE", List.of(
                    FormField.required(VAR_SIGNED_ON, DATE, "Signed on"),
                    FormField.required(VAR_SIGNED_AT, TEXT, "Place"),
                    FormField.required(VAR_US_SIGNATORY, TEXT, "Signatory for the United States"),
                    FormField.required(VAR_COUNTERPART_SIGNATORY, TEXT, "Signatory for the counterpart"),
                    FormField.optional(VAR_VERSION, VERSION, "Version signed (empty: the version initialed)"),
                    FormField.comment()))),
            Map.entry(USER_TASK_DOMESTIC_PROCEDURES, new TaskForm("DATE", List.of(
                    FormField.required(VAR_COMPLETED_ON, DATE, "Domestic procedures completed (notified) on"),
                    FormField.comment()))),
            Map.entry(USER_TASK_TRANSMIT_TEXT, new TaskForm("DATE", List.of(
                    FormField.required(VAR_TRANSMITTED_ON, DATE, "Transmitted to Treaty Affairs on"),
                    FormField.comment()))),
            Map.entry(USER_TASK_REPORT_TO_CONGRESS, new TaskForm("DATE", List.of(
                    FormField.required(VAR_REPORTED_ON, DATE, "Included in the report to Congress of"),
                    FormField.comment()))));

    /** Where a decision goes, and where its comment goes. */
    private record Answer(String decisionVariable, String commentVariable) {
    }

    private static final Map<String, Answer> ANSWERS = Map.ofEntries(
            Map.entry(USER_TASK_APPROVE_AUTHORITY, new Answer(VAR_AUTHORITY_DECISION, VAR_AUTHORITY_REASON)),
            Map.entry(USER_TASK_LEGAL_REVIEW, new Answer(VAR_LEGAL_DECISION, VAR_LEGAL_COMMENT)),
            Map.entry(USER_TASK_INTERAGENCY_REVIEW, new Answer(VAR_INTERAGENCY_DECISION, VAR_INTERAGENCY_COMMENT)),
            Map.entry(USER_TASK_DECIDE_STALLED, new Answer(VAR_STALL_DECISION, VAR_WITHDRAWAL_REASON)),
            Map.entry(USER_TASK_RESUME_TRACK, new Answer(VAR_RESUME_DECISION, VAR_WITHDRAWAL_REASON)),
            Map.entry(USER_TASK_CHECK_CONFORMITY, new Answer(VAR_CONFORMITY_DECISION, VAR_CONFORMITY_COMMENT)),
            Map.entry(USER_TASK_AREA_LEAD_SIGN_OFF, new Answer(VAR_SIGN_OFF_DECISION, VAR_SIGN_OFF_REASON)),
            Map.entry(USER_TASK_PROGRAM_MANAGER_SIGN_OFF, new Answer(VAR_SIGN_OFF_DECISION, VAR_SIGN_OFF_REASON)),
            Map.entry(USER_TASK_UNDER_SECRETARY_SIGN_OFF, new Answer(VAR_SIGN_OFF_DECISION, VAR_SIGN_OFF_REASON)),
            Map.entry(USER_TASK_APPROVE_CONCLUDE_AUTHORITY, new Answer(VAR_CONCLUDE_DECISION, VAR_CONCLUDE_REASON)));

    private final TrackAccess access;
    private final TrackTexts texts;
    private final RuntimeService runtimeService;
    private final TrackContext context;

    TrackVocabulary(TrackAccess access, TrackTexts texts, RuntimeService runtimeService, TaskService taskService,
            NegotiationProperties properties) {
        this.access = access;
        this.texts = texts;
        this.runtimeService = runtimeService;
        this.context = new TrackContext(runtimeService, taskService, texts, properties);
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public Optional<Subject> subject(String businessKey) {
        try {
            TrackId id = TrackId.parse(businessKey);
            return Optional.of(new Subject(id.toString(), id.nation(), id.area()));
        } catch (IllegalArgumentException notATrack) {
            return Optional.empty();
        }
    }

    @Override
    public boolean canRead(CurrentUser user, Subject subject) {
        return access.canRead(user, TrackId.parse(subject.id()));
    }

    @Override
    public List<? extends Stage> stages() {
        return Arrays.stream(TrackStage.values()).filter(TrackStage::timed).toList();
    }

    @Override
    public Optional<? extends Stage> stageOf(String taskKey) {
        return TrackStage.ofTask(taskKey);
    }

    @Override
    public List<String> taskKeysOf(Stage stage) {
        return stage instanceof TrackStage trackStage ? trackStage.taskKeys() : List.of();
    }

    @Override
    public TaskForm formOf(String taskKey) {
        return FORMS.getOrDefault(taskKey, TaskForm.NOTE);
    }

    @Override
    public Map<String, Object> variables(TaskRef task, FormValues values) {
        Map<String, Object> variables = new HashMap<>();
        Answer answer = ANSWERS.get(task.key());
        if (answer != null && values.has(FormField.DECISION)) {
            variables.put(answer.decisionVariable(), values.text(FormField.DECISION));
            variables.put(answer.commentVariable(), values.has(FormField.COMMENT) ? values.text(FormField.COMMENT) : "");
        }
        if (values.has(VAR_VERSION)) {
            variables.put(VAR_VERSION, Variables.integerValue(values.version(VAR_VERSION), true));
        }
        switch (task.key()) {
            case USER_TASK_DRAFT_TEXT, USER_TASK_REVISE_TEXT -> newVersion(task, values, variables);
            case USER_TASK_REQUEST_AUTHORITY -> {
                boolean binding = Instrument.BINDING.name().equals(values.text(VAR_INSTRUMENT));
                variables.put(VAR_INSTRUMENT, values.text(VAR_INSTRUMENT));
                variables.put(VAR_ENTRY_INTO_FORCE, binding ? values.text(VAR_ENTRY_INTO_FORCE) : null);
                variables.put(VAR_CONCLUDE_REQUESTED, binding && values.yes(VAR_CONCLUDE_REQUESTED));
            }
            case USER_TASK_RECORD_ANSWER -> {
                variables.put(VAR_COUNTERPART_ANSWER, Variables.stringValue(values.text(FormField.DECISION), true));
                if (values.has(FIELD_TEXT)) {
                    if (CounterpartAnswer.MARKUP.name().equals(values.text(FormField.DECISION))
                            && values.text(FIELD_TEXT).equals(sentText(task).orElse(null))) {
                        values.reject(FIELD_TEXT, "is the text sent to them: enter their markup");
                    }
                    variables.put(VAR_MARKUP_TEXT, Variables.stringValue(values.text(FIELD_TEXT), true));
                }
            }
            case USER_TASK_INITIAL_TEXT -> variables.put(VAR_INITIALED_ON, dateOf(values, VAR_INITIALED_ON));
            case USER_TASK_SIGN -> {
                for (String field : List.of(VAR_SIGNED_ON, VAR_SIGNED_AT, VAR_US_SIGNATORY, VAR_COUNTERPART_SIGNATORY)) {
                    variables.put(field, Variables.stringValue(String.valueOf(values.value(field)), true));
                }
            }
            case USER_TASK_DOMESTIC_PROCEDURES -> variables.put(VAR_COMPLETED_ON,
                    Variables.stringValue(dateOf(values, VAR_COMPLETED_ON), true));
            case USER_TASK_TRANSMIT_TEXT -> variables.put(VAR_TRANSMITTED_ON, dateOf(values, VAR_TRANSMITTED_ON));
            case USER_TASK_REPORT_TO_CONGRESS -> variables.put(VAR_REPORTED_ON, dateOf(values, VAR_REPORTED_ON));
            default -> { }
        }
        return variables;
    }

    @Override
    public Map<String, String> currentValues(TaskRef task) {
        Optional<String> text = switch (task.key()) {
            case USER_TASK_DRAFT_TEXT, USER_TASK_REVISE_TEXT -> latestText(task.businessKey());
            case USER_TASK_RECORD_ANSWER -> sentText(task);
            default -> Optional.empty();
        };
        return text.map(content -> Map.of(FIELD_TEXT, content)).orElse(Map.of());
    }

    @Override
    public List<String> context(TaskRef task) {
        return context.of(task);
    }

    /**
     * A changed text becomes the next version when the task completes (see {@link DraftVersionListener}); the text
     * as it is, or none, keeps the latest version, and without any version there is nothing to complete.
     */
    private void newVersion(TaskRef task, FormValues values, Map<String, Object> variables) {
        boolean changed = values.has(FIELD_TEXT)
                && !values.text(FIELD_TEXT).equals(latestText(task.businessKey()).orElse(null));
        if (changed) {
            variables.put(VAR_DRAFT_TEXT, Variables.stringValue(values.text(FIELD_TEXT), true));
            if (values.has(FIELD_NOTE)) {
                variables.put(VAR_DRAFT_NOTE, Variables.stringValue(values.text(FIELD_NOTE), true));
            }
        } else if (!values.has(FIELD_TEXT) && texts.latest(task.businessKey()).isEmpty()) {
            values.reject(FIELD_TEXT, "is required: the track has no draft version yet");
        } else if (values.has(FIELD_NOTE)) {
            values.reject(FIELD_NOTE, "goes with a new version: change the text, or put it in the comment");
        }
    }

    private Optional<String> latestText(String trackId) {
        return texts.latest(trackId).flatMap(latest -> texts.content(trackId, latest.number()));
    }

    private Optional<String> sentText(TaskRef task) {
        return runtimeService.getVariable(task.processInstanceId(), VAR_SENT_VERSION) instanceof Integer sent
                ? texts.content(task.businessKey(), sent) : Optional.empty();
    }

    private static String dateOf(FormValues values, String field) {
        return values.has(field) ? values.date(field).toString() : null;
    }

    private static TaskForm decision(Enum<?>[] decisions, Enum<?> reasonRequiredFor) {
        return decision(decisions, List.of(reasonRequiredFor), null);
    }

    private static TaskForm decision(Enum<?>[] decisions, Enum<?> reasonRequiredFor, FormField extra) {
        return decision(decisions, List.of(reasonRequiredFor), extra);
    }

    private static TaskForm decision(Enum<?>[] decisions, Enum<?> reasonRequiredFor, Enum<?> alsoFor) {
        return decision(decisions, List.of(reasonRequiredFor, alsoFor), null);
    }

    private static TaskForm decision(Enum<?>[] decisions, List<Enum<?>> reasonRequiredFor, FormField extra) {
        List<FormField> fields = new ArrayList<>(List.of(FormField.decision(decisions)));
        if (extra != null) {
            fields.add(extra);
        }
        fields.add(FormField.reasonFor(reasonRequiredFor.toArray(Enum<?>[]::new)));
        return new TaskForm("DECISION", fields);
    }
}
