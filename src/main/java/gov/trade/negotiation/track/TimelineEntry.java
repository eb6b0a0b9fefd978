package gov.trade.negotiation.track;

import java.time.Instant;

/** One line of a track's history: when, who, what, and for decisions the decision and its comment. */
public record TimelineEntry(Instant at, String who, String what, String decision, String comment) {
}
