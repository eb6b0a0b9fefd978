package gov.trade.negotiation.track;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import gov.trade.negotiation.security.CurrentUser;

@RestController
@RequestMapping("/api/tracks")
class TrackController {

    private final TrackQueries tracks;
    private final TrackAccess access;
    private final TrackTimeline timeline;

    TrackController(TrackQueries tracks, TrackAccess access, TrackTimeline timeline) {
        this.tracks = tracks;
        this.access = access;
        this.timeline = timeline;
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

    record TrackDetails(TrackSummary track, List<TimelineEntry> timeline) {
    }
}
