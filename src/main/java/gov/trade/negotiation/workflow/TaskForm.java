package gov.trade.negotiation.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The form of a task: a kind (for people and templates: DECISION, NOTE, ...) and its fields in order. The same
 * description drives the task page, the JSON API and the checks of a submitted form.
 */
public record TaskForm(String kind, List<FormField> fields) {

    /** A form with nothing but an optional comment. */
    public static final TaskForm NOTE = new TaskForm("NOTE", List.of(FormField.comment()));

    public TaskForm {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The choices of the decision field; empty for a form without one. */
    public List<String> decisions() {
        return field(FormField.DECISION).map(FormField::options).orElse(List.of());
    }

    /** The decisions that need a reason in the comment. */
    public Set<String> reasonRequiredFor() {
        return field(FormField.COMMENT).map(comment -> comment.requiredIf() == null ? Set.<String>of()
                : comment.requiredIf().values()).orElse(Set.of());
    }
}
