package gov.trade.negotiation.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Rows are added in the caller's transaction; delivery claims due rows with a conditional
 * update, so two nodes polling at once never take the same row. A row is added with its subject and the facts of
 * its templates; its bodies are rendered when it is read (by the sender, the digest or the outbox page), so the
 * process step that causes a mail does not pay for rendering it for every member of a group.
 */
@Repository
public class Outbox {

    private static final String COLUMNS = """
            id, dedup_key, kind, business_key, task_id, recipient_user, recipient_email, subject, text_body, html_body,
            calendar, calendar_method, status, attempts, next_attempt_at, last_error, created_at, sent_at, details,
            recipient_name""";
    private static final TypeReference<Map<String, Object>> FACTS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final MailTemplates templates;
    private final ObjectMapper json = new ObjectMapper();

    Outbox(JdbcTemplate jdbc, MailTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    /** A mail to render from {@code details} when it is read; {@code subject} is already rendered. */
    void add(String dedupKey, NotificationKind kind, String businessKey, String taskId, Recipient recipient,
            String subject, Map<String, Object> details, String calendar, String calendarMethod, OutboxStatus status,
            Instant now) {
        String facts;
        try {
            facts = json.writeValueAsString(templates.readable(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mail facts must be plain values: " + details.keySet(), e);
        }
        jdbc.update("""
                insert into outbox_mail (dedup_key, kind, business_key, task_id, recipient_user, recipient_email,
                    recipient_name, subject, details, calendar, calendar_method, status, attempts, next_attempt_at,
                    created_at)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ? from (values (1)) as one(x)
                where not exists (select 1 from outbox_mail where dedup_key = ?)""",
                dedupKey, kind.name(), businessKey, taskId, recipient.userId(), recipient.email(),
                abbreviate(recipient.name(), 200), abbreviate(subject, 500), facts, calendar, calendarMethod,
                status.name(), Timestamp.from(now), Timestamp.from(now), dedupKey);
    }

    /**
     * Claims up to {@code limit} rows that are due (or whose claim has lapsed) for {@code token}; returns them.
     * Each row is taken by a conditional update, so a row claimed by another node in between is skipped.
     */
    List<OutboxMail> claim(String token, Instant now, Instant leaseUntil, int limit) {
        Timestamp at = Timestamp.from(now);
        List<Long> candidates = jdbc.queryForList("""
                select id from outbox_mail
                where (status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?)
                order by next_attempt_at, id fetch first %d rows only""".formatted(limit), Long.class, at, at);
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Object[]> claims = candidates.stream()
                .map(id -> new Object[] {token, Timestamp.from(leaseUntil), id, at, at}).toList();
        jdbc.batchUpdate("""
                update outbox_mail set status = 'SENDING', claimed_by = ?, claimed_until = ?
                where id = ? and ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))""",
                claims);
        return jdbc.query("select " + COLUMNS + " from outbox_mail where claimed_by = ? and status = 'SENDING' order by id",
                this::row, token);
    }

    void markSent(Collection<Long> ids, String token, Instant now) {
        jdbc.batchUpdate("""
                update outbox_mail set status = 'SENT', sent_at = ?, claimed_by = null, claimed_until = null,
                    last_error = null, attempts = attempts + 1
                where id = ? and claimed_by = ?""",
                ids.stream().map(id -> new Object[] {Timestamp.from(now), id, token}).toList());
    }

    void markFailed(long id, String token, int attempts, Instant nextAttempt, boolean giveUp, String error) {
        jdbc.update("""
                update outbox_mail set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
                    claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""",
                (giveUp ? OutboxStatus.FAILED : OutboxStatus.PENDING).name(), attempts, Timestamp.from(nextAttempt),
                abbreviate(error, 2000), id, token);
    }

    /** Puts a failed (or waiting) mail back at the front of the queue with a fresh set of attempts. */
    public boolean retry(long id, Instant now) {
        return jdbc.update("""
                update outbox_mail set status = 'PENDING', attempts = 0, next_attempt_at = ?
                where id = ? and status in ('FAILED', 'PENDING')""", Timestamp.from(now), id) == 1;
    }

    public int retryAllFailed(Instant now) {
        return jdbc.update("update outbox_mail set status = 'PENDING', attempts = 0, next_attempt_at = ? where status = 'FAILED'",
                Timestamp.from(now));
    }

    /** The newest rows first, optionally of one status. */
    public List<OutboxMail> list(Optional<OutboxStatus> status, int limit) {
        String where = status.map(s -> " where status = '" + s.name() + "'").orElse("");
        return jdbc.query("select " + COLUMNS + " from outbox_mail" + where
                + " order by id desc fetch first %d rows only".formatted(limit), this::row);
    }

    public Map<OutboxStatus, Long> countByStatus() {
        Map<OutboxStatus, Long> counts = new java.util.EnumMap<>(OutboxStatus.class);
        jdbc.query("select status, count(*) from outbox_mail group by status",
                rs -> { counts.put(OutboxStatus.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    /** When the oldest mail still waiting to go out was written; empty when none waits. */
    public Optional<Instant> oldestPending() {
        return Optional.ofNullable(jdbc.queryForObject(
                "select min(created_at) from outbox_mail where status in ('PENDING', 'SENDING')", Timestamp.class))
                .map(Timestamp::toInstant);
    }

    List<OutboxMail> heldForDigest(String userId) {
        return jdbc.query("select " + COLUMNS + " from outbox_mail where status = 'DIGEST' and recipient_user = ? order by id",
                this::row, userId);
    }

    List<String> usersWithHeldMail() {
        return jdbc.queryForList("select distinct recipient_user from outbox_mail where status = 'DIGEST'", String.class);
    }

    void markDigested(Collection<Long> ids) {
        jdbc.batchUpdate("update outbox_mail set status = 'DIGESTED' where id = ? and status = 'DIGEST'",
                ids.stream().map(id -> new Object[] {id}).toList());
    }

    private OutboxMail row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
        String text = rs.getString("text_body");
        String html = rs.getString("html_body");
        if (text == null) {
            RenderedMail mail = render(kind, rs);
            text = mail.text();
            html = mail.html();
        }
        return new OutboxMail(rs.getLong("id"), rs.getString("dedup_key"), kind,
                rs.getString("business_key"), rs.getString("task_id"), rs.getString("recipient_user"),
                rs.getString("recipient_email"), rs.getString("subject"), text,
                html, rs.getString("calendar"), rs.getString("calendar_method"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant());
    }

    private RenderedMail render(NotificationKind kind, ResultSet rs) throws SQLException {
        Map<String, Object> details;
        try {
            details = json.readValue(rs.getString("details"), FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox row " + rs.getLong("id") + " has unreadable mail facts", e);
        }
        Recipient recipient = new Recipient(rs.getString("recipient_user"), rs.getString("recipient_name"),
                rs.getString("recipient_email"));
        return templates.render(kind, rs.getString("business_key"), recipient, details);
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
