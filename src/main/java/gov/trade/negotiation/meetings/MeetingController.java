package gov.trade.negotiation.meetings;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Moving or calling off a scheduled follow-up meeting: the nation's desk or managers. */
@RestController
@Tag(name = MeetingApiController.TAG, description = "The follow-up meetings with each nation: list them, move or call "
        + "off a scheduled one.")
class MeetingController {

    private final MeetingInvitations invitations;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final MeetingAccess access;

    MeetingController(MeetingInvitations invitations, RuntimeService runtime, ManagementService management,
            MeetingAccess access) {
        this.invitations = invitations;
        this.runtime = runtime;
        this.management = management;
        this.access = access;
    }

    record NewTime(OffsetDateTime start) {
    }

    @PutMapping("/api/meetings/{nation}/{number}")
    @Operation(operationId = "rescheduleMeeting", summary = "Move a scheduled meeting",
            description = "Moves the meeting (and the timer that opens it) to `start`, an offset date-time such as "
                    + "`2026-02-06T10:00:00-05:00` or `2026-02-06T15:00:00Z`, and sends the calendar update "
                    + "(the nation's desk or managers).")
    @ApiResponse(responseCode = "204", description = "Moved; the update is on its way")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    ResponseEntity<Void> reschedule(@PathVariable String nation, @PathVariable int number,
            @RequestBody(required = false) NewTime time, CurrentUser user) {
        String code = access.checkMayChange(user, nation);
        if (time == null || time.start() == null) {
            throw new InvalidInputException(Map.of("start", "is required, like 2026-02-06T10:00:00-05:00"));
        }
        scheduled(() -> invitations.reschedule(runtime, management, code, number, time.start().toInstant()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/meetings/{nation}/{number}")
    @Operation(operationId = "cancelMeeting", summary = "Call off a scheduled meeting",
            description = "Calls the meeting off, sends the cancellation and plans the next one (the nation's desk "
                    + "or managers).")
    @ApiResponse(responseCode = "204", description = "Called off")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    ResponseEntity<Void> cancel(@PathVariable String nation, @PathVariable int number, CurrentUser user) {
        String code = access.checkMayChange(user, nation);
        scheduled(() -> invitations.cancel(runtime, management, code, number));
        return ResponseEntity.noContent().build();
    }

    private static void scheduled(Runnable change) {
        try {
            change.run();
        } catch (MeetingNotScheduledException e) {
            throw new ConflictException(e.getMessage());
        }
    }

}
