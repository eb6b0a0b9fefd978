package gov.trade.negotiation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.tasks.TaskActions;
import gov.trade.negotiation.tasks.TaskDirectory;
import gov.trade.negotiation.tasks.TaskInput;
import gov.trade.negotiation.tasks.TaskView;
import gov.trade.negotiation.track.TrackQueries;
import gov.trade.negotiation.track.TrackSummary;
import gov.trade.negotiation.workflow.FormField;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A task with its form. The form posts back here; a rejected form is shown again as it was filled in, each field's
 * errors next to it (and tied to it for assistive technology) and listed above the form.
 */
@Controller
class TaskPage {

    private final TaskDirectory directory;
    private final TaskActions actions;
    private final TrackQueries tracks;

    TaskPage(TaskDirectory directory, TaskActions actions, TrackQueries tracks) {
        this.directory = directory;
        this.actions = actions;
        this.tracks = tracks;
    }

    @GetMapping("/tasks/{taskId}")
    String task(CurrentUser user, @PathVariable String taskId, Model model) {
        return show(user, directory.withContext(user, taskId), model, Map.of(), Map.of());
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(CurrentUser user, @PathVariable String taskId) {
        actions.claim(user, taskId);
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(CurrentUser user, @PathVariable String taskId) {
        actions.unclaim(user, taskId);
        return "redirect:/inbox";
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(CurrentUser user, @PathVariable String taskId, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response) {
        Map<String, String> submitted = asTyped(directory.visible(user, taskId), form);
        try {
            actions.complete(user, taskId, TaskInput.of(submitted));
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(user, directory.withContext(user, taskId), model, invalid.fieldErrors(), submitted);
        }
        return "redirect:/inbox?completed=" + taskId;
    }

    /** A browser sends a textarea's line breaks as CRLF (HTML's form encoding); the text as written has LF. */
    private static Map<String, String> asTyped(TaskView task, Map<String, String> form) {
        Map<String, String> submitted = new LinkedHashMap<>(form);
        task.form().fields().stream().filter(field -> field.type() == FormField.Type.AGREEMENT_TEXT)
                .forEach(field -> submitted.computeIfPresent(field.name(), (name, text) -> text.replace("\r\n", "\n")));
        return submitted;
    }

    private String show(CurrentUser user, TaskView task, Model model, Map<String, String> errors,
            Map<String, String> submitted) {
        model.addAttribute("user", user);
        model.addAttribute("task", task);
        model.addAttribute("canAct", directory.canAct(user, task));
        model.addAttribute("errors", messagesByField(task, errors));
        model.addAttribute("submitted", submitted);
        model.addAttribute("openTracks", task.nation() == null || task.form().field("actionItems").isEmpty()
                ? List.<TrackSummary>of() : tracks.openTracksOf(task.nation()));
        return "task";
    }

    /**
     * The errors in sentences, grouped by the form field they belong to ({@code actionItems[1].trackId} belongs to
     * {@code actionItems}: "Item 2, track: ..."), in the order of the form.
     */
    static Map<String, List<String>> messagesByField(TaskView task, Map<String, String> errors) {
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (FormField field : task.form().fields()) {
            List<String> lines = new ArrayList<>();
            new TreeMap<>(errors).forEach((key, error) -> {
                if (key.equals(field.name())) {
                    lines.add(0, field.label() + " " + error);
                } else if (key.startsWith(field.name() + "[")) {
                    lines.add(item(key.substring(field.name().length())) + error);
                }
            });
            if (!lines.isEmpty()) {
                messages.put(field.name(), lines);
            }
        }
        errors.keySet().stream().filter(key -> task.form().fields().stream().noneMatch(
                field -> key.equals(field.name()) || key.startsWith(field.name() + "[")))
                .forEach(key -> messages.computeIfAbsent("", none -> new ArrayList<>()).add(key + " " + errors.get(key)));
        return messages;
    }

    /** {@code [1].trackId} as "Item 2, track: ". */
    private static String item(String path) {
        int close = path.indexOf(']');
        try {
            int index = Integer.parseInt(path.substring(1, close));
            String rest = path.substring(close + 1).replaceFirst("^\\.", "").replace("trackId", "track");
            return "Item " + (index + 1) + (rest.isEmpty() ? ": " : ", " + rest + ": ");
        } catch (RuntimeException notAnIndex) {
            return path + ": ";
        }
    }
}
