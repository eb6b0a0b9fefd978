package gov.trade.negotiation.program;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/program")
@Tag(name = "Program", description = "The program: the kickoff, parties joining and leaving with the configuration, "
        + "progress and failed starts.")
class ProgramController {

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    @PostMapping
    @Operation(operationId = "startProgram", summary = "Start the program or bring it in line with the configuration",
            description = "Kicks the program off (201) or, once it runs, puts in what the configuration added since "
                    + "and withdraws nations marked withdrawn (200); administrators only. Either way the body lists "
                    + "the tracks and meeting series this call added (addedTracks, addedMeetingSeries). Each track "
                    + "starts in its own job: follow progress with GET /api/program.")
    @ApiResponse(responseCode = "201", description = "Kicked off now")
    @ApiResponse(responseCode = "200", description = "Already running: what this call added, if anything")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    ResponseEntity<ProgramView> start() {
        ProgramService.Started started = programs.start();
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.program());
    }

    @GetMapping
    @Operation(operationId = "getProgram", summary = "Get the program",
            description = "The program's key, start time, progress (tracks started of tracks planned, waiting for "
                    + "a joining date), failed starts, and the tracks the caller may read and meeting series.")
    @ApiResponse(responseCode = "200", description = "The program")
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    ProgramView current(CurrentUser user) {
        return programs.current(user).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "The program has not been started"));
    }

    @PostMapping("/failures/{id}/retry")
    @Operation(operationId = "retryProgramFailure", summary = "Retry a failed track or meeting series start",
            description = "Lets a start that failed (listed under failures in GET /api/program) run again once its "
                    + "cause is fixed; administrators only.")
    @ApiResponse(responseCode = "204", description = "The start will run again")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    ResponseEntity<Void> retry(@PathVariable String id, CurrentUser user) {
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("Only administrators retry a failed start.");
        }
        programs.retry(id);
        return ResponseEntity.noContent().build();
    }
}
