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

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.api.Paging;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "The inbox: tasks of the caller and of their groups; claim, return and complete "
        + "them with the form of each kind of task.")
class TaskApiController {

    private final TaskDirectory directory;
    private final TaskActions actions;

    TaskApiController(TaskDirectory directory, TaskActions actions) {
        this.directory = directory;
        this.actions = actions;
    }

    @GetMapping
    @Operation(operationId = "listTasks", summary = "List my inbox",
            description = "The caller's tasks and their groups' unclaimed tasks, soonest due first, optionally "
                    + "filtered. Paged: a JSON array of at most `size` tasks (default " + Paging.DEFAULT_SIZE
                    + ", at most " + Paging.MAX_SIZE + "); the total is in X-Total-Count, the other pages in Link.")
    @ApiResponse(responseCode = "200", description = "One page of tasks", headers = {
            @Header(name = Paging.TOTAL_COUNT, description = "Tasks matching the filters, on all pages",
                    schema = @Schema(type = "integer")),
            @Header(name = "Link", description = "RFC 8288 links to the first, previous, next and last pages",
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    ResponseEntity<List<TaskView>> inbox(CurrentUser user,
            @Parameter(description = "Nation code, e.g. JP") @RequestParam(required = false) String nation,
            @Parameter(description = "Focus area code, e.g. ENERGY") @RequestParam(required = false) String area,
            @Parameter(description = "Track stage (e.g. INTERNAL_REVIEW) or MEETING")
            @RequestParam(required = false) String stage,
            @Parameter(description = "Only tasks past their due date") @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to " + Paging.MAX_SIZE) @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        TaskDirectory.InboxPage inbox = directory.inbox(user, new InboxFilter(nation, area, stage, overdue),
                paging.first(), paging.size());
        return paging.of(inbox.tasks(), inbox.total());
    }

    /** One task with its form and its situation in words ({@code context}). */
    @GetMapping("/{taskId}")
    @Operation(operationId = "getTask", summary = "Get a task",
            description = "A task the caller may see (theirs, their group's, or on a track they read), with its form, "
                    + "its situation in words (`context`) and what its fields start with (`values`: the latest "
                    + "agreement text on a drafting or revision task).")
    @ApiResponse(responseCode = "200", description = "The task")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    TaskView task(CurrentUser user, @PathVariable String taskId) {
        return directory.withContext(user, taskId);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(operationId = "claimTask", summary = "Claim a task",
            description = "Takes an unclaimed task of one of the caller's groups; claiming one's own task again "
                    + "changes nothing.")
    @ApiResponse(responseCode = "200", description = "The task, now held by the caller")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    TaskView claim(CurrentUser user, @PathVariable String taskId) {
        return actions.claim(user, taskId);
    }

    @PostMapping("/{taskId}/unclaim")
    @Operation(operationId = "unclaimTask", summary = "Return a task to its groups",
            description = "Only the holder of a task can return it.")
    @ApiResponse(responseCode = "200", description = "The task, held by nobody")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    TaskView unclaim(CurrentUser user, @PathVariable String taskId) {
        return actions.unclaim(user, taskId);
    }

    /** Completes a task with its form's fields, e.g. {@code {"decision": "APPROVE", "comment": "...", "version": 3}}. */
    @PostMapping("/{taskId}/complete")
    @Operation(operationId = "completeTask", summary = "Complete a task",
            description = "Checks the form of the task (a decision, and a reason where the decision needs one; "
                    + "place and optional `meetingStart` for 'Schedule meeting', as `2026-01-09T10:00` in the "
                    + "program's time zone or with an offset like `2026-01-09T15:00:00Z`; minutes and action items), "
                    + "takes the task if nobody holds it, records the decision and completes it. A rejected form "
                    + "changes nothing.\n\n"
                    + "'Draft agreement text' and 'Revise text' carry the text (form kind `DRAFTING`): `text` is the "
                    + "agreement text (at most 1 MiB; `GET /api/tasks/{taskId}` gives the latest version in "
                    + "`values.text`), `note` the note of the version it becomes. A text that differs from the latest "
                    + "version is stored as the next draft version, authored by the caller, in the same transaction "
                    + "as the completion: both happen or neither does. Left out or unchanged, the latest version "
                    + "stays; while the track has no version at all, `text` is required (400).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The form's fields by "
                    + "name, as the task's `form` lists them", content = @Content(mediaType = "application/json",
                    schema = @Schema(type = "object", additionalPropertiesSchema = Object.class), examples = {
                            @ExampleObject(name = "review", summary = "A review that asks for changes",
                                    description = "Legal or interagency review: a decision, with the reason it needs",
                                    value = "{\"decision\": \"REQUEST_CHANGES\", \"comment\": \"Article 3 "
                                            + "conflicts with export controls\"}"),
                            @ExampleObject(name = "revision", summary = "A revision with the new text",
                                    description = "Revise text: the edited text becomes the next draft version",
                                    value = "{\"text\": \"Article 1\\nThe parties secure the supply of "
                                            + "critical minerals.\", \"note\": \"Minerals named\", "
                                            + "\"comment\": \"As legal asked\"}")})))
    @ApiResponse(responseCode = "204", description = "Completed")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    @ApiResponse(responseCode = "413", ref = ApiErrors.TOO_LARGE)
    ResponseEntity<Void> complete(CurrentUser user, @PathVariable String taskId,
            @RequestBody(required = false) TaskInput input) {
        actions.complete(user, taskId, input == null ? TaskInput.empty() : input);
        return ResponseEntity.noContent().build();
    }
}
