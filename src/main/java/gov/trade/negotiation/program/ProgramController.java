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

import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.security.Groups;

@RestController
@RequestMapping("/api/program")
class ProgramController {

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    /**
     * Kicks the program off (201) or, once it runs, puts in what the configuration added since (200); either way
     * the body lists the tracks and meeting series this call added ({@code addedTracks}, {@code addedMeetingSeries}).
     */
    @PostMapping
    ResponseEntity<ProgramView> start() {
        ProgramService.Started started = programs.start();
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.program());
    }

    @GetMapping
    ProgramView current() {
        return programs.current().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "The program has not been started"));
    }

    /** An administrator lets a failed track or series start run again: 204, or 404 for no such failure. */
    @PostMapping("/failures/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable String id, CurrentUser user) {
        if (!user.isIn(Groups.ADMIN)) {
            throw new AccessDeniedException("Only administrators retry a failed start.");
        }
        programs.retry(id);
        return ResponseEntity.noContent().build();
    }
}
