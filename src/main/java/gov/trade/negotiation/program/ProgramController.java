package gov.trade.negotiation.program;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/program")
@Tag(name = "Program", description = "The kickoff that starts every track and meeting series from configuration.")
class ProgramController {

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    @PostMapping
    @Operation(operationId = "startProgram", summary = "Start the program",
            description = "Starts one track per configured nation and area and one meeting series per nation "
                    + "(administrators only): 201 the first time, 200 with the same program on every later call.")
    @ApiResponse(responseCode = "201", description = "Started now")
    @ApiResponse(responseCode = "200", description = "Already started: the same program, nothing new started")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    ResponseEntity<ProgramView> start() {
        ProgramService.Started started = programs.start();
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.program());
    }

    @GetMapping
    @Operation(operationId = "getProgram", summary = "Get the program",
            description = "The program's key, start time, tracks and meeting series.")
    @ApiResponse(responseCode = "200", description = "The program")
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    ProgramView current(CurrentUser user) {
        return programs.current(user).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "The program has not been started"));
    }
}
