package gov.trade.negotiation.program;

import java.time.Instant;
import java.util.List;

import gov.trade.negotiation.track.TrackSummary;

/** The program as returned by {@code /api/program}. */
public record ProgramView(String key, String processInstanceId, Instant startedAt, List<TrackSummary> tracks,
        List<String> meetingSeries) {
}
