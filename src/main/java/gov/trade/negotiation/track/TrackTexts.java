package gov.trade.negotiation.track;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.track.AgreementTexts.Clearance;
import gov.trade.negotiation.track.AgreementTexts.Reviewer;
import gov.trade.negotiation.track.AgreementTexts.TextVersion;

/**
 * The clearance rules of a track's text. A text is cleared when both legal and interagency cleared its content
 * (the SHA-256 of a version, so a version restoring cleared wording is cleared too); any change after that is not.
 * The model asks {@code ${trackTexts.latestCleared(execution)}} before anything is sent and
 * {@code ${trackTexts.unchangedSinceInitialing(execution)}} before signature; the steps that name a version check
 * it here, on every path to the engine.
 */
@Component("trackTexts")
public class TrackTexts {

    private final AgreementTexts texts;

    public TrackTexts(AgreementTexts texts) {
        this.texts = texts;
    }

    public boolean latestCleared(DelegateExecution execution) {
        return latestCleared(execution.getProcessBusinessKey());
    }

    public boolean latestCleared(String trackId) {
        return texts.latest(trackId).map(latest -> cleared(trackId, latest.sha256())).orElse(false);
    }

    /** The latest version is still the text initialed (and so cleared and agreed). */
    public boolean unchangedSinceInitialing(DelegateExecution execution) {
        String trackId = execution.getProcessBusinessKey();
        Object initialed = execution.getVariable(TrackProcess.VAR_INITIALED_HASH);
        return texts.latest(trackId)
                .map(latest -> latest.sha256().equals(initialed) && cleared(trackId, latest.sha256()))
                .orElse(false);
    }

    public boolean cleared(String trackId, String sha256) {
        List<Clearance> clearances = texts.clearances(trackId);
        return clearedBy(clearances, Reviewer.LEGAL, sha256) && clearedBy(clearances, Reviewer.INTERAGENCY, sha256);
    }

    /** Records that a reviewer cleared a named version; refused when a newer version exists. */
    void clear(String trackId, Reviewer reviewer, Integer versionNumber, String userId) {
        TextVersion latest = texts.latest(trackId)
                .orElseThrow(() -> new ConflictException("There is no text to clear yet: add a draft version first."));
        TextVersion version = versionNumber == null ? latest : named(trackId, versionNumber);
        if (version.number() != latest.number()) {
            throw new ConflictException("Version " + latest.number() + " was added after version " + version.number()
                    + ": review and clear the latest version.");
        }
        texts.recordClearance(trackId, reviewer, version, userId);
    }

    /** The named version (default: the latest), refused unless both reviewers cleared its content. */
    TextVersion requireCleared(String trackId, Integer versionNumber, String what) {
        TextVersion version = versionNumber == null
                ? texts.latest(trackId).orElseThrow(() -> new ConflictException("There is no text yet."))
                : named(trackId, versionNumber);
        if (!cleared(trackId, version.sha256())) {
            throw new ConflictException("Version " + version.number() + " is not cleared by legal and interagency: "
                    + what + " only a cleared text.");
        }
        return version;
    }

    /** The named version, refused unless its content is the text initialed. */
    TextVersion requireInitialed(String trackId, Integer versionNumber, Object initialedVersion, Object initialedHash) {
        TextVersion version = named(trackId, versionNumber != null ? versionNumber
                : initialedVersion instanceof Integer number ? number : -1);
        if (!version.sha256().equals(initialedHash)) {
            throw new ConflictException("Version " + version.number() + " differs from the text cleared and initialed"
                    + (initialedVersion == null ? "" : " (version " + initialedVersion + ")")
                    + ": sign the cleared text, or send the changed text through review again.");
        }
        return version;
    }

    Optional<TextVersion> latest(String trackId) {
        return texts.latest(trackId);
    }

    List<Clearance> clearances(String trackId) {
        return texts.clearances(trackId);
    }

    Optional<String> content(String trackId, int number) {
        return texts.content(trackId, number);
    }

    Optional<TextVersion> addVersionIfChanged(String trackId, String author, String content, String note) {
        return texts.addVersionIfChanged(trackId, author, content, note);
    }

    TextVersion addCounterpartVersion(String trackId, String party, String content, String note) {
        return texts.addCounterpartVersion(trackId, party, content, note);
    }

    private TextVersion named(String trackId, int number) {
        return texts.version(trackId, number)
                .orElseThrow(() -> new ConflictException("Track " + trackId + " has no draft version " + number + "."));
    }

    private static boolean clearedBy(List<Clearance> clearances, Reviewer reviewer, String sha256) {
        return clearances.stream().anyMatch(c -> c.reviewer() == reviewer && c.sha256().equals(sha256));
    }
}
