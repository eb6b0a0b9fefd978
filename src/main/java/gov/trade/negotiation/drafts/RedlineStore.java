package gov.trade.negotiation.drafts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.drafts.Redline.Line;

/**
 * Redlines computed before, per track and version pair ({@code draft_redline}): versions never change, so a pair
 * is computed once on whichever node is asked first. Two nodes computing the same pair at once store it once.
 */
@Component
class RedlineStore {

    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {
    };

    /** A stored outcome: the lines, or {@code tooComplex} (and no lines) when the budget ran out. */
    record Stored(boolean tooComplex, List<Line> lines) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    RedlineStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Stored> find(String trackId, int from, int to) {
        return jdbc.query("""
                select outcome, lines from draft_redline where track_id = ? and from_version = ? and to_version = ?""",
                (rs, row) -> "DONE".equals(rs.getString(1))
                        ? new Stored(false, read(rs.getString(2)))
                        : new Stored(true, List.of()),
                trackId, from, to).stream().findFirst();
    }

    void saveLines(String trackId, int from, int to, List<Line> lines, Instant now) {
        try {
            insert(trackId, from, to, "DONE", json.writeValueAsString(lines), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void saveTooComplex(String trackId, int from, int to, Instant now) {
        insert(trackId, from, to, "TOO_COMPLEX", null, now);
    }

    private void insert(String trackId, int from, int to, String outcome, String lines, Instant now) {
        try {
            jdbc.update("""
                    insert into draft_redline (track_id, from_version, to_version, outcome, lines, computed_at)
                    values (?, ?, ?, ?, ?, ?)""", trackId, from, to, outcome, lines, Timestamp.from(now));
        } catch (DuplicateKeyException storedByAnotherRequest) {
            // the same pair gives the same redline: the stored one stands
        }
    }

    private List<Line> read(String lines) {
        try {
            return json.readValue(lines, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored redline", e);
        }
    }
}
