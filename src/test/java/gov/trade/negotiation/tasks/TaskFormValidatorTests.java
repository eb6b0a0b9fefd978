package gov.trade.negotiation.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.drafts.Drafts;
import gov.trade.negotiation.problem.TooLargeException;
import gov.trade.negotiation.workflow.FormField;
import gov.trade.negotiation.workflow.FormField.Condition;
import gov.trade.negotiation.workflow.FormField.Type;
import gov.trade.negotiation.workflow.FormValues;
import gov.trade.negotiation.workflow.TaskForm;

/** The field-by-field checks every task form gets before its process's vocabulary sees it. */
class TaskFormValidatorTests {

    private enum Answer { AGREED, MARKUP }

    private static final TaskForm FORM = new TaskForm("TEST", List.of(
            FormField.decision(Answer.values()),
            new FormField("text", Type.AGREEMENT_TEXT, "Their text", false,
                    new Condition(FormField.DECISION, Set.of("MARKUP")), List.of()),
            FormField.optional("signedOn", Type.DATE, "Signed on"),
            FormField.optional("version", Type.VERSION, "Version"),
            FormField.optional("meetingStart", Type.DATE_TIME, "Start"),
            FormField.optional("actionItems", Type.ACTION_ITEMS, "Action items"),
            FormField.optional("conclude", Type.YES_NO, "Conclude too"),
            FormField.reasonFor(Answer.MARKUP)));

    private final TaskFormValidator validator = new TaskFormValidator(ZoneId.of("America/New_York"));

    @Test
    void shouldTypeEveryValueOfAValidForm() {
        FormValues values = validator.check(FORM, input(Map.of("decision", "MARKUP", "text", "Article 1.",
                "signedOn", "2026-03-02", "version", 3, "meetingStart", "2026-01-09T10:00",
                "actionItems", "JP-ENERGY: send the annex\n\n KR-ENERGY : call back", "conclude", "true",
                "comment", " They want hydrogen in ")));

        assertThat(values.errors()).isEmpty();
        assertThat(values.text("decision")).isEqualTo("MARKUP");
        assertThat(values.date("signedOn")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(values.version("version")).isEqualTo(3);
        assertThat(values.value("meetingStart")).isEqualTo(Date.from(java.time.Instant.parse("2026-01-09T15:00:00Z")));
        assertThat(values.actionItems("actionItems")).containsExactly(
                new FormValues.ActionItem("JP-ENERGY", "send the annex"), new FormValues.ActionItem("KR-ENERGY", "call back"));
        assertThat(values.yes("conclude")).isTrue();
        assertThat(values.text("comment")).isEqualTo("They want hydrogen in");
    }

    @Test
    void shouldNameEveryWrongFieldAtOnce() {
        FormValues values = validator.check(FORM, input(Map.of("decision", "MARKUP", "signedOn", "2 March",
                "version", "0", "meetingStart", "tomorrow", "actionItems", List.of(Map.of("trackId", "JP-ENERGY")))));

        assertThat(values.errors()).containsOnlyKeys("text", "comment", "signedOn", "version", "meetingStart",
                "actionItems[0].text");
        assertThat(values.errors().get("comment")).isEqualTo("a reason is required for MARKUP");
        assertThat(values.errors().get("text")).isEqualTo("is required for MARKUP");
    }

    @Test
    void shouldRequireTheDecisionAndRefuseOneNotOffered() {
        assertThat(validator.check(FORM, input(Map.of())).errors()).containsEntry("decision", "is required");
        assertThat(validator.check(FORM, input(Map.of("decision", "MAYBE"))).errors())
                .containsEntry("decision", "must be one of [AGREED, MARKUP]");
    }

    @Test
    void shouldRefuseTextsLongerThanCamundaKeepsAndAgreementTextsOverTheDraftLimit() {
        assertThat(validator.check(FORM, input(Map.of("decision", "AGREED", "comment", "x".repeat(4_001)))).errors())
                .containsEntry("comment", "is longer than 4000 characters");
        assertThatThrownBy(() -> validator.check(FORM, input(Map.of("decision", "MARKUP", "comment", "why",
                "text", "x".repeat(Drafts.MAX_BYTES + 1))))).isInstanceOf(TooLargeException.class);
    }

    private static TaskInput input(Map<String, Object> values) {
        return new TaskInput(new HashMap<>(values));
    }
}
