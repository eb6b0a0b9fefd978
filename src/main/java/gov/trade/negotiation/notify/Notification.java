package gov.trade.negotiation.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message the workflow owes someone. {@code dedupKey} identifies it so that a retried step or re-fired timer
 * records it once. Recipients are {@code user:<id>} or {@code group:<id>}. {@code details} are the facts the
 * mail templates show (task name, due date, meeting time ...); {@code calendar} is set for meeting mail.
 */
public record Notification(String dedupKey, NotificationKind kind, String businessKey, String taskId,
        List<String> recipients, Instant createdAt, Map<String, Object> details, CalendarEntry calendar) {

    public Notification {
        recipients = List.copyOf(recipients);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(details));
    }

    public Notification(String dedupKey, NotificationKind kind, String businessKey, String taskId,
            List<String> recipients, Instant createdAt, Map<String, Object> details) {
        this(dedupKey, kind, businessKey, taskId, recipients, createdAt, details, null);
    }

    public static String user(String userId) {
        return "user:" + userId;
    }

    public static String group(String groupId) {
        return "group:" + groupId;
    }
}
