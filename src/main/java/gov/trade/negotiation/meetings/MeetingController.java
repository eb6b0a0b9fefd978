package gov.trade.negotiation.meetings;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackId;

/** Moving or calling off a scheduled follow-up meeting: the nation's desk or managers. */
@RestController
class MeetingController {

    private final MeetingInvitations invitations;
    private final RuntimeService runtime;
    private final ManagementService management;

    MeetingController(MeetingInvitations invitations, RuntimeService runtime, ManagementService management) {
        this.invitations = invitations;
        this.runtime = runtime;
        this.management = management;
    }

    record NewTime(OffsetDateTime start) {
    }

    @PutMapping("/api/meetings/{nation}/{number}")
    ResponseEntity<?> reschedule(@PathVariable String nation, @PathVariable int number, @RequestBody NewTime time,
            Authentication user) {
        if (!mayChange(user, nation)) {
            return problem(HttpStatus.FORBIDDEN, "Only the nation's desk or managers may move its meetings.");
        }
        if (time == null || time.start() == null) {
            return problem(HttpStatus.BAD_REQUEST, "start is required, like 2026-02-06T10:00:00-05:00");
        }
        invitations.reschedule(runtime, management, nation.toUpperCase(Locale.ROOT), number, time.start().toInstant());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/meetings/{nation}/{number}")
    ResponseEntity<?> cancel(@PathVariable String nation, @PathVariable int number, Authentication user) {
        if (!mayChange(user, nation)) {
            return problem(HttpStatus.FORBIDDEN, "Only the nation's desk or managers may call off its meetings.");
        }
        invitations.cancel(runtime, management, nation.toUpperCase(Locale.ROOT), number);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(MeetingNotScheduledException.class)
    ResponseEntity<?> notScheduled(MeetingNotScheduledException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static boolean mayChange(Authentication user, String nation) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority ->
                authority.equals(Groups.authority(Groups.MANAGERS))
                        || authority.equals(Groups.authority(TrackId.deskGroupOf(nation.toUpperCase(Locale.ROOT)))));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:negotiation:problem:meeting"));
        return ResponseEntity.status(status).body(problem);
    }
}
