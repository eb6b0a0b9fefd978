package gov.trade.negotiation.track;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tracks")
class TrackController {

    private final TrackQueries tracks;

    TrackController(TrackQueries tracks) {
        this.tracks = tracks;
    }

    @GetMapping
    List<TrackSummary> tracks() {
        return tracks.all();
    }
}
