package gov.trade.negotiation.drafts;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.track.AgreementTexts;

/**
 * The track process's view of its texts (see {@link AgreementTexts}), on the drafts tables. Runs in the caller's
 * transaction, so a clearance or a counterpart's markup commits with the process step that records it. Hashes are
 * computed from the stored content on every read: checked, not trusted.
 */
@Component
public class DraftTexts implements AgreementTexts {

    /** Author of a counterpart's markup, e.g. {@code counterpart:JP}. */
    public static final String COUNTERPART_PREFIX = "counterpart:";

    private final JdbcTemplate jdbc;
    private final EngineClock clock;

    public DraftTexts(JdbcTemplate jdbc, EngineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<TextVersion> latest(String trackId) {
        return jdbc.query("""
                select version_no, author, created_at, content from draft_version
                where track_id = ? and version_no = (select max(version_no) from draft_version where track_id = ?)""",
                (rs, i) -> new TextVersion(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        ContentHash.of(rs.getString(4))), trackId, trackId).stream().findFirst();
    }

    @Override
    public Optional<TextVersion> version(String trackId, int number) {
        return jdbc.query("""
                select version_no, author, created_at, content from draft_version
                where track_id = ? and version_no = ?""",
                (rs, i) -> new TextVersion(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        ContentHash.of(rs.getString(4))), trackId, number).stream().findFirst();
    }

    @Override
    public List<Clearance> clearances(String trackId) {
        return jdbc.query("""
                select reviewer, version_no, content_hash, cleared_by, cleared_at from text_clearance
                where track_id = ? order by id""",
                (rs, i) -> new Clearance(Reviewer.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()), trackId);
    }

    @Override
    public void recordClearance(String trackId, Reviewer reviewer, TextVersion version, String userId) {
        jdbc.update("""
                insert into text_clearance (track_id, version_no, content_hash, reviewer, cleared_by, cleared_at)
                values (?, ?, ?, ?, ?, ?)""", trackId, version.number(), version.sha256(), reviewer.name(), userId,
                Timestamp.from(clock.now()));
    }

    /** Stores the next version as written by a user (the checks of {@link Drafts#add} apply, access aside). */
    public TextVersion addVersion(String trackId, String author, String content, String note) {
        Drafts.checkText(content, note);
        return version(trackId, Drafts.insert(jdbc, clock, trackId, author, content, note)).orElseThrow();
    }

    @Override
    public Optional<String> content(String trackId, int number) {
        return jdbc.queryForList("select content from draft_version where track_id = ? and version_no = ?",
                String.class, trackId, number).stream().findFirst();
    }

    @Override
    public Optional<TextVersion> addVersionIfChanged(String trackId, String author, String content, String note) {
        Optional<TextVersion> latest = latest(trackId);
        if (content != null && latest.isPresent() && latest.get().sha256().equals(ContentHash.of(content))) {
            return Optional.empty();
        }
        return Optional.of(addVersion(trackId, author, content, note));
    }

    @Override
    public TextVersion addCounterpartVersion(String trackId, String party, String content, String note) {
        Drafts.checkText(content, note);
        int number = Drafts.insert(jdbc, clock, trackId, COUNTERPART_PREFIX + party, content, note);
        return version(trackId, number).orElseThrow();
    }
}
