package gov.trade.negotiation.notify;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The notification table: one row per notification owed; joins the engine's transaction (same DataSource). */
@Repository
class NotificationLog {

    private final JdbcTemplate jdbc;

    NotificationLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the notification unless its dedup key is known; true if it is new. */
    boolean recordIfNew(Notification n, String subject) {
        // insert-if-absent in one statement: a failed insert would abort a PostgreSQL transaction
        return jdbc.update("""
                insert into notification (dedup_key, kind, business_key, task_id, subject, recipients, created_at)
                select ?, ?, ?, ?, ?, ?, ? from (values (1)) as one(x)
                where not exists (select 1 from notification where dedup_key = ?)""",
                n.dedupKey(), n.kind().name(), n.businessKey(), n.taskId(), abbreviate(subject, 500),
                abbreviate(String.join(",", n.recipients()), 2000), Timestamp.from(n.createdAt()), n.dedupKey()) == 1;
    }

    boolean exists(String dedupKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from notification where dedup_key = ?", Boolean.class, dedupKey));
    }

    List<Notification> all() {
        return jdbc.query("""
                select dedup_key, kind, business_key, task_id, recipients, created_at
                from notification order by id""",
                (rs, row) -> new Notification(rs.getString(1), NotificationKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), Arrays.asList(rs.getString(5).split(",")),
                        rs.getTimestamp(6).toInstant(), null));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
