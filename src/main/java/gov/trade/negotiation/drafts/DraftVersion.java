package gov.trade.negotiation.drafts;

import java.time.Instant;

/**
 * One version of a track's agreement text. {@code author} is a user, or {@code counterpart:JP} for a counterpart's
 * markup; {@code sha256} is the hash of the content that clearance and signature are checked against.
 * {@code content} is null in listings.
 */
public record DraftVersion(String trackId, int number, String author, Instant createdAt, String note, int length,
        String sha256, String content) {
}
