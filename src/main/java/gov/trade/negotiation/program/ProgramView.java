package gov.trade.negotiation.program;

import java.time.Instant;
import java.util.List;

import gov.trade.negotiation.track.TrackSummary;

/**
 * The program as returned by {@code /api/program}: its progress (tracks started of tracks planned), track starts
 * that failed, the tracks and meeting series; after {@code POST} also what that call added and withdrew (empty on
 * {@code GET}).
 */
public record ProgramView(String key, String processInstanceId, Instant startedAt, Progress progress,
        List<Failure> failures, List<TrackSummary> tracks, List<String> meetingSeries, List<String> addedTracks,
        List<String> addedMeetingSeries, List<String> withdrawn) {

    /**
     * Tracks and meeting series put into the program, started so far, and waiting for their joining date;
     * {@code complete} once everything whose date has come is started.
     */
    public record Progress(int tracksPlanned, int tracksStarted, int tracksWaitingForJoiningDate,
            int meetingSeriesPlanned, int meetingSeriesStarted, int meetingSeriesWaitingForJoiningDate,
            boolean complete) {
    }

    /**
     * A start that failed: {@code id} to retry it ({@code POST /api/program/failures/{id}/retry}), the track or
     * nation, the error, and the attempts left before it waits for an administrator (0).
     */
    public record Failure(String id, MemberKind kind, String member, String error, int retriesLeft) {
    }
}
