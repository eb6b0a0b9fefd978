package gov.trade.negotiation.drafts;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.problem.ConflictException;
import gov.trade.negotiation.problem.InvalidInputException;
import gov.trade.negotiation.problem.NotFoundException;
import gov.trade.negotiation.problem.StoredText;
import gov.trade.negotiation.problem.TooLargeException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackAccess;
import gov.trade.negotiation.track.TrackId;
import gov.trade.negotiation.track.TrackQueries;

/**
 * The versioned agreement text of each track and the comments on its versions. Reading needs access to the
 * track; adding a version needs a drafting group of the track (see {@link TrackAccess}).
 */
@Service
public class Drafts {

    /** Largest agreement text accepted, in bytes of UTF-8. */
    public static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_NOTE = 2000;
    static final int MAX_COMMENT = 4000;

    private final JdbcTemplate jdbc;
    private final TrackQueries tracks;
    private final TrackAccess access;
    private final EngineClock clock;
    private final RedlineStore redlines;
    private final DraftSettings settings;

    Drafts(JdbcTemplate jdbc, TrackQueries tracks, TrackAccess access, EngineClock clock, RedlineStore redlines,
            DraftSettings settings) {
        this.jdbc = jdbc;
        this.tracks = tracks;
        this.access = access;
        this.clock = clock;
        this.redlines = redlines;
        this.settings = settings;
    }

    public List<DraftVersion> versions(CurrentUser user, String trackId) {
        String id = readableTrack(user, trackId);
        return jdbc.query("""
                select track_id, version_no, author, created_at, note, length(content), content_hash
                from draft_version where track_id = ? order by version_no""",
                (rs, row) -> new DraftVersion(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6), rs.getString(7), null), id);
    }

    public DraftVersion version(CurrentUser user, String trackId, int number) {
        return load(readableTrack(user, trackId), number);
    }

    @Transactional
    public DraftVersion add(CurrentUser user, String trackId, String content, String note) {
        TrackId id = tracks.readable(trackId, user).summary().trackId();
        access.checkWriteDrafts(user, id);
        checkText(content, note);
        return load(id.toString(), insert(jdbc, clock, id.toString(), user.id(), content, note));
    }

    static void checkText(String content, String note) {
        if (content != null && content.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new TooLargeException("The text is over " + MAX_BYTES + " bytes.");
        }
        Map<String, String> errors = new TreeMap<>();
        if (content == null || content.isBlank()) {
            errors.put("content", "is required");
        } else if (StoredText.hasNul(content)) {
            errors.put("content", "must not contain a NUL character");
        }
        StoredText.check(errors, "note", note, MAX_NOTE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Stores the next version of a track's text with its content hash; its number. */
    static int insert(JdbcTemplate jdbc, EngineClock clock, String trackId, String author, String content, String note) {
        Integer last = jdbc.queryForObject("select max(version_no) from draft_version where track_id = ?",
                Integer.class, trackId);
        int number = last == null ? 1 : last + 1;
        try {
            jdbc.update("""
                    insert into draft_version (track_id, version_no, author, created_at, note, content, content_hash)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    trackId, number, author, Timestamp.from(clock.now()), blankToNull(note), content,
                    ContentHash.of(content));
        } catch (DuplicateKeyException concurrentVersion) {
            throw new ConflictException("Someone added version " + number + " at the same moment; reload and try again.");
        }
        return number;
    }

    /**
     * The redline of two versions, computed once per pair and stored.
     *
     * @throws RedlineTooComplexException when it cannot be computed within {@code negotiation.drafts.redline-budget}
     */
    public Redline redline(CurrentUser user, String trackId, int from, int to) {
        String id = readableTrack(user, trackId);
        Optional<RedlineStore.Stored> stored = redlines.find(id, from, to);
        if (stored.isPresent() && stored.get().tooComplex()) {
            throw new RedlineTooComplexException(id, from, to, settings.redlineBudget());
        }
        if (stored.isPresent()) {
            return new Redline(from, to, stored.get().lines());
        }
        String oldText = load(id, from).content();
        String newText = load(id, to).content();
        try {
            Redline redline = Redline.between(from, oldText, to, newText, settings.redlineBudget());
            redlines.saveLines(id, from, to, redline.lines(), clock.now());
            return redline;
        } catch (LineDiff.TooComplexException tooComplex) {
            redlines.saveTooComplex(id, from, to, clock.now());
            throw new RedlineTooComplexException(id, from, to, settings.redlineBudget());
        }
    }

    public List<DraftComment> comments(CurrentUser user, String trackId, int version) {
        String id = readableTrack(user, trackId);
        load(id, version);
        return jdbc.query("""
                select track_id, version_no, author, created_at, text from draft_comment
                where track_id = ? and version_no = ? order by id""",
                (rs, row) -> new DraftComment(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)), id, version);
    }

    @Transactional
    public DraftComment comment(CurrentUser user, String trackId, int version, String text) {
        String id = readableTrack(user, trackId);
        load(id, version);
        Map<String, String> errors = new TreeMap<>();
        if (text == null || text.isBlank()) {
            errors.put("text", "is required");
        }
        StoredText.check(errors, "text", text, MAX_COMMENT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        DraftComment comment = new DraftComment(id, version, user.id(), clock.now(), text.strip());
        jdbc.update("insert into draft_comment (track_id, version_no, author, created_at, text) values (?, ?, ?, ?, ?)",
                id, version, user.id(), Timestamp.from(comment.createdAt()), comment.text());
        return comment;
    }

    private String readableTrack(CurrentUser user, String trackId) {
        return tracks.readable(trackId, user).summary().id();
    }

    private DraftVersion load(String trackId, int number) {
        return jdbc.query("""
                select track_id, version_no, author, created_at, note, length(content), content_hash, content
                from draft_version where track_id = ? and version_no = ?""",
                (rs, row) -> new DraftVersion(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6), rs.getString(7),
                        rs.getString(8)),
                trackId, number).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Track " + trackId + " has no draft version " + number));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
