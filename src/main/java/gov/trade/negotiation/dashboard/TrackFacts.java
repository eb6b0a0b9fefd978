package gov.trade.negotiation.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the engine knows about the tracks, read in bulk by {@link EngineFacts}: the dashboard's only input. */
record TrackFacts(List<TrackRow> tracks, List<OpenTask> openTasks, List<FinishedTask> finishedTasks,
        List<Signing> signings, Set<String> escalatedTracks, List<MeetingSlot> meetings) {

    /** A track's process instance; {@code endActivity} is null while it runs. */
    record TrackRow(String instanceId, String trackId, Instant started, Instant ended, String endActivity) {
    }

    record OpenTask(String id, String instanceId, String key, String name, Instant due, String assignee) {
    }

    record FinishedTask(String instanceId, String key, Instant started, Instant ended) {
    }

    record Signing(String instanceId, Instant at) {
    }

    /** The next meeting of a nation's series (the series' current slot). */
    record MeetingSlot(String seriesKey, Integer number, Instant start, String place) {
    }
}
