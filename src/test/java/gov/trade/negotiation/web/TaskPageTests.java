package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.tasks.TaskView;
import gov.trade.negotiation.workflow.FormField;
import gov.trade.negotiation.workflow.TaskForm;

/** A rejected form's errors in sentences, each under the field it belongs to, in the order of the form. */
class TaskPageTests {

    private static final TaskForm MINUTES = new TaskForm("MINUTES", List.of(
            FormField.required("minutes", FormField.Type.LONG_TEXT, "Minutes"),
            FormField.optional("actionItems", FormField.Type.ACTION_ITEMS, "Action items"),
            FormField.comment()));

    @Test
    void shouldGroupErrorsByFieldInFormOrderAndWordTheItemsOfAList() {
        Map<String, List<String>> messages = TaskPage.messagesByField(task(MINUTES), Map.of(
                "actionItems[1].trackId", "must be one of this nation's open tracks [JP-ENERGY]",
                "actionItems[0].text", "is required",
                "minutes", "is required",
                "somethingElse", "is wrong"));

        assertThat(messages.keySet()).containsExactly("minutes", "actionItems", "");
        assertThat(messages.get("minutes")).containsExactly("Minutes is required");
        assertThat(messages.get("actionItems")).containsExactly("Item 1, text: is required",
                "Item 2, track: must be one of this nation's open tracks [JP-ENERGY]");
        assertThat(messages.get("")).containsExactly("somethingElse is wrong");
    }

    @Test
    void shouldHaveNoMessagesForAFormWithoutErrors() {
        assertThat(TaskPage.messagesByField(task(MINUTES), Map.of())).isEmpty();
    }

    private static TaskView task(TaskForm form) {
        return new TaskView("t1", "userTask_recordMinutes", "Record minutes and action items", null,
                "followUpMeetings", "p1", "MEETINGS-JP", "JP", null, "MEETING", "Follow-up meeting", List.of("desk-jp"),
                null, Instant.EPOCH, null, false, form, List.of(), Map.of());
    }
}
