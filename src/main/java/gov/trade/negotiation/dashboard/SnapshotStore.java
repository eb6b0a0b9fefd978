package gov.trade.negotiation.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The program dashboard as last computed, in the database (table {@code dashboard_snapshot}, one row), so every
 * node serves the same figures and none keeps state in memory. A node claims the row for a while before computing,
 * so two nodes do not compute at the same time; a newer snapshot is never overwritten by an older one.
 */
@Repository
class SnapshotStore {

    record Snapshot(Instant computedAt, String json) {
    }

    private final JdbcTemplate jdbc;

    SnapshotStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Snapshot> read() {
        return jdbc.query("select computed_at, body from dashboard_snapshot where id = 1 and body is not null",
                (rs, i) -> new Snapshot(rs.getTimestamp(1).toInstant(), rs.getString(2))).stream().findFirst();
    }

    /** True if this node may compute now: nobody else claimed the row within {@code lease}. */
    boolean claim(Instant now, Duration lease) {
        return jdbc.update("""
                update dashboard_snapshot set claimed_until = ?
                where id = 1 and (claimed_until is null or claimed_until < ?)""",
                Timestamp.from(now.plus(lease)), Timestamp.from(now)) == 1;
    }

    void store(Instant computedAt, String json) {
        jdbc.update("""
                update dashboard_snapshot set body = ?, computed_at = ?, claimed_until = null
                where id = 1 and (computed_at is null or computed_at < ?)""",
                json, Timestamp.from(computedAt), Timestamp.from(computedAt));
    }
}
