package gov.trade.negotiation.drafts;

import java.time.Instant;

/** One version of a track's agreement text. {@code content} is null in listings. */
public record DraftVersion(String trackId, int number, String author, Instant createdAt, String note, int length,
        String content) {
}
