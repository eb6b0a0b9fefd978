package gov.trade.negotiation.track;

import java.time.Instant;
import java.util.List;

/** A track as listed by {@code GET /api/tracks}. */
public record TrackSummary(String id, String nation, String area, TrackStage stage, List<OpenTask> tasks) {

    public TrackId trackId() {
        return new TrackId(nation, area);
    }

    /** A user task waiting on the track: who may take it, who holds it, when it is due. */
    public record OpenTask(String id, String key, String name, List<String> candidateGroups, String assignee,
            Instant due) {
    }
}
