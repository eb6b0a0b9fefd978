package gov.trade.negotiation.drafts;

import java.time.Instant;

public record DraftComment(String trackId, int version, String author, Instant createdAt, String text) {
}
