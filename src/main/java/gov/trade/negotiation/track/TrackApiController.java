package gov.trade.negotiation.track;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.security.CurrentUser;

@RestController
@RequestMapping("/api/tracks")
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

    /** The tracks the signed-in user may read. */
    @GetMapping
    List<TrackSummary> tracks(CurrentUser user) {
        return tracks.all().stream()
                .filter(track -> access.canRead(user, new TrackId(track.nation(), track.area())))
                .toList();
    }

    @GetMapping("/{trackId}")
    TrackDetails track(@PathVariable String trackId, CurrentUser user) {
        TrackQueries.Track track = tracks.readable(trackId, user);
        return new TrackDetails(track.summary(), timeline.of(track.processInstanceId()));
    }

    /** Managers withdraw a running track with a reason: 204; 400 without a reason; 409 when it has ended. */
    @PostMapping("/{trackId}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String trackId, CurrentUser user,
            @RequestBody(required = false) WithdrawalRequest request) {
        withdrawal.withdraw(user, trackId, request == null ? null : request.reason());
        return ResponseEntity.noContent().build();
    }

    record TrackDetails(TrackSummary track, List<TimelineEntry> timeline) {
    }

    record WithdrawalRequest(String reason) {
    }
}
