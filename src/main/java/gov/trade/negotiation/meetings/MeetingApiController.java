package gov.trade.negotiation.meetings;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.api.ApiErrors;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The follow-up meetings of the nations a user may see: a nation's desk its own nation, managers, the principal and
 * administrators every nation. Asking for another nation is refused (403); without {@code nation} the list holds
 * the nations the user may see, which is none for reviewers and area leads.
 */
@RestController
@Tag(name = MeetingApiController.TAG)
class MeetingApiController {

    static final String TAG = "Meetings";

    private final MeetingHistory meetings;
    private final MeetingAccess access;

    MeetingApiController(MeetingHistory meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @GetMapping("/api/meetings")
    @Operation(operationId = "listMeetings", summary = "List follow-up meetings",
            description = "Every meeting of the nations' follow-up series, by nation in configured order and by "
                    + "number: planned and scheduled start, place, status (PLANNED, SCHEDULED, HELD, CALLED_OFF), "
                    + "the SEQUENCE of its last calendar invitation and the agenda. A nation's desk sees its nation, "
                    + "managers, the principal and administrators every nation; others get an empty list, or 403 "
                    + "when they name a nation.")
    @ApiResponse(responseCode = "200", description = "The meetings, oldest first")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    List<Meeting> list(CurrentUser user, @Parameter(description = "ISO 3166 alpha-2 code of a configured nation, "
            + "e.g. JP") @RequestParam(required = false) String nation) {
        return access.visibleNations(user, nation).stream().flatMap(code -> meetings.of(code).stream()).toList();
    }
}
