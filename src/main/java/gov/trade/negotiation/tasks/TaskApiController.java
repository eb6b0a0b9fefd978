package gov.trade.negotiation.tasks;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.security.CurrentUser;

@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

    private final TaskDirectory directory;
    private final TaskActions actions;

    TaskApiController(TaskDirectory directory, TaskActions actions) {
        this.directory = directory;
        this.actions = actions;
    }

    /** The caller's tasks and their groups' claimable tasks, soonest due first. */
    @GetMapping
    List<TaskView> inbox(CurrentUser user, @RequestParam(required = false) String nation,
            @RequestParam(required = false) String area, @RequestParam(required = false) String stage,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return directory.inbox(user, new InboxFilter(nation, area, stage, overdue));
    }

    /** One task with its form and its situation in words ({@code context}). */
    @GetMapping("/{taskId}")
    TaskView task(CurrentUser user, @PathVariable String taskId) {
        return directory.withContext(user, taskId);
    }

    @PostMapping("/{taskId}/claim")
    TaskView claim(CurrentUser user, @PathVariable String taskId) {
        return actions.claim(user, taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    TaskView unclaim(CurrentUser user, @PathVariable String taskId) {
        return actions.unclaim(user, taskId);
    }

    /** Completes a task with its form's fields, e.g. {@code {"decision": "APPROVE", "comment": "...", "version": 3}}. */
    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(CurrentUser user, @PathVariable String taskId,
            @RequestBody(required = false) TaskInput input) {
        actions.complete(user, taskId, input == null ? TaskInput.empty() : input);
        return ResponseEntity.noContent().build();
    }
}
