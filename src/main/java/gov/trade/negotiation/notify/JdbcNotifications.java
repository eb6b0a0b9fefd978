package gov.trade.negotiation.notify;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The notification table; joins the engine's transaction because both use the same DataSource. */
@Repository
class JdbcNotifications implements Notifications {

    private final JdbcTemplate jdbc;

    JdbcNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Notification n) {
        // insert-if-absent in one statement: a failed insert would abort a PostgreSQL transaction
        jdbc.update("""
                insert into notification (dedup_key, kind, business_key, task_id, subject, recipients, created_at)
                select ?, ?, ?, ?, ?, ?, ? from (values (1)) as one(x)
                where not exists (select 1 from notification where dedup_key = ?)""",
                n.dedupKey(), n.kind().name(), n.businessKey(), n.taskId(), n.subject(),
                String.join(",", n.recipients()), Timestamp.from(n.createdAt()), n.dedupKey());
    }

    @Override
    public List<Notification> all() {
        return jdbc.query("""
                select dedup_key, kind, business_key, task_id, subject, recipients, created_at
                from notification order by id""",
                (rs, row) -> new Notification(rs.getString(1), NotificationKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5),
                        Arrays.asList(rs.getString(6).split(",")), rs.getTimestamp(7).toInstant()));
    }
}
