package gov.trade.negotiation.web;

import java.util.List;
import java.util.Map;

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
import jakarta.servlet.http.HttpServletResponse;

/** A task with its form. The form posts back here; a rejected form is shown again with the fields named. */
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
        try {
            actions.complete(user, taskId, TaskInput.of(form));
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(user, directory.withContext(user, taskId), model, invalid.fieldErrors(), form);
        }
        return "redirect:/inbox?completed=" + taskId;
    }

    private String show(CurrentUser user, TaskView task, Model model, Map<String, String> errors,
            Map<String, String> submitted) {
        model.addAttribute("user", user);
        model.addAttribute("task", task);
        model.addAttribute("canAct", directory.canAct(user, task));
        model.addAttribute("errors", errors);
        model.addAttribute("submitted", submitted);
        model.addAttribute("openTracks", task.nation() == null || task.form().field("actionItems").isEmpty()
                ? List.<TrackSummary>of() : tracks.openTracksOf(task.nation()));
        return "task";
    }
}
