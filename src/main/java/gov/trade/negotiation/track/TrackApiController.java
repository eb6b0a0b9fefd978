package gov.trade.negotiation.track;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/tracks")
@Tag(name = "Tracks", description = "One bilateral negotiation per nation and focus area: where it stands, who holds "
        + "what, and its timeline.")
class TrackApiController {

    private final TrackQueries tracks;
    private final TrackAccess access;
    private final TrackTimeline timeline;
    private final TrackWithdrawal withdrawal;

    TrackApiController(TrackQueries tracks, TrackAccess access, TrackTimeline timeline, TrackWithdrawal withdrawal) {
        this.tracks = tracks;
        this.access = access;
        this.timeline = timeline;
        this.withdrawal = withdrawal;
    }

    @GetMapping
    @Operation(operationId = "listTracks", summary = "List the tracks I may read",
            description = "Tracks by id with their stage and open tasks: a desk its nation's, an area lead its "
                    + "area's, reviewers, managers, the principal and administrators all. Paged: a JSON array of at "
                    + "most `size` tracks (default " + Paging.DEFAULT_SIZE + ", at most " + Paging.MAX_SIZE
                    + "); the total is in X-Total-Count, the other pages in Link.")
    @ApiResponse(responseCode = "200", description = "One page of tracks", headers = {
            @Header(name = Paging.TOTAL_COUNT, description = "Tracks matching the filters, on all pages",
                    schema = @Schema(type = "integer")),
            @Header(name = "Link", description = "RFC 8288 links to the first, previous, next and last pages",
                    schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    ResponseEntity<List<TrackSummary>> tracks(CurrentUser user,
            @Parameter(description = "Nation code, e.g. JP") @RequestParam(required = false) String nation,
            @Parameter(description = "Focus area code, e.g. ENERGY") @RequestParam(required = false) String area,
            @Parameter(description = "Stage, e.g. NEGOTIATION") @RequestParam(required = false) String stage,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to " + Paging.MAX_SIZE) @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        TrackStage wanted = stage(stage);
        return paging.of(tracks.all().stream()
                .filter(track -> matches(nation, track.nation()) && matches(area, track.area())
                        && (wanted == null || track.stage() == wanted))
                .filter(track -> access.canRead(user, track.trackId()))
                .toList());
    }

    @GetMapping("/{trackId}")
    @Operation(operationId = "getTrack", summary = "Get a track with its timeline",
            description = "The track's stage and open tasks, and its timeline: who did what, when, with which "
                    + "decision and comment.")
    @ApiResponse(responseCode = "200", description = "The track")
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    TrackDetails track(@PathVariable String trackId, CurrentUser user) {
        TrackQueries.Track track = tracks.readable(trackId, user);
        return new TrackDetails(track.summary(), timeline.of(track.processInstanceId()));
    }

    @PostMapping("/{trackId}/withdraw")
    @Operation(operationId = "withdrawTrack", summary = "Withdraw a track",
            description = "Managers end a running track with a reason: the reason goes on its timeline and is mailed "
                    + "to the track's desks and managers, and the track shows WITHDRAWN.")
    @ApiResponse(responseCode = "204", description = "Withdrawn")
    @ApiResponse(responseCode = "400", ref = ApiErrors.INVALID_INPUT)
    @ApiResponse(responseCode = "403", ref = ApiErrors.FORBIDDEN)
    @ApiResponse(responseCode = "404", ref = ApiErrors.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiErrors.CONFLICT)
    ResponseEntity<Void> withdraw(@PathVariable String trackId, CurrentUser user,
            @RequestBody(required = false) WithdrawalRequest request) {
        withdrawal.withdraw(user, trackId, request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    record TrackDetails(TrackSummary track, List<TimelineEntry> timeline) {
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.isBlank() || filter.strip().equalsIgnoreCase(value);
    }

    private static TrackStage stage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        try {
            return TrackStage.valueOf(stage.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(Map.of("stage", "must be one of " + List.of(TrackStage.values())));
        }
    }

    record WithdrawalRequest(String reason) {
    }
}
