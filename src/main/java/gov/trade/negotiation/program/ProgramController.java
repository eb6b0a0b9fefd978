package gov.trade.negotiation.program;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import gov.trade.negotiation.security.CurrentUser;

@RestController
@RequestMapping("/api/program")
class ProgramController {

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    /** Starts the program: 201 the first time, 200 with the same program on every later call. */
    @PostMapping
    ResponseEntity<ProgramView> start() {
        ProgramService.Started started = programs.start();
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.program());
    }

    @GetMapping
    ProgramView current(CurrentUser user) {
        return programs.current(user).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "The program has not been started"));
    }
}
