package gov.trade.negotiation.track;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the track process needs to know of its agreement text: its versions with their content hashes and the
 * clearances recorded against them. The drafts module keeps the texts and implements this, so the track can check
 * clearance without reading another module's tables.
 */
public interface AgreementTexts {

    /** Who clears a text before it goes to the counterparts. */
    enum Reviewer { LEGAL, INTERAGENCY }

    /** A version of the text; {@code sha256} is computed from the stored content when the version is read. */
    record TextVersion(int number, String author, Instant createdAt, String sha256) {
    }

    /** A review that cleared a named version, with the hash of what it cleared. */
    record Clearance(Reviewer reviewer, int version, String sha256, String clearedBy, Instant clearedAt) {
    }

    Optional<TextVersion> latest(String trackId);

    Optional<TextVersion> version(String trackId, int number);

    /** Every clearance of the track's texts, oldest first. */
    List<Clearance> clearances(String trackId);

    void recordClearance(String trackId, Reviewer reviewer, TextVersion version, String userId);

    /** The text of a version. */
    Optional<String> content(String trackId, int number);

    /**
     * Stores a text written by a user as the next version, unless it is the latest version's text already (then
     * nothing is stored); the version stored.
     */
    Optional<TextVersion> addVersionIfChanged(String trackId, String author, String content, String note);

    /** Stores a counterpart's markup as the next version, authored {@code counterpart:<PARTY>}. */
    TextVersion addCounterpartVersion(String trackId, String party, String content, String note);
}
