package gov.trade.negotiation.notify;

import java.time.Instant;
import java.util.List;

/**
 * A message the workflow owes someone. {@code dedupKey} identifies it so that a retried step or re-fired
 * timer records it once. Recipients are {@code user:<id>} or {@code group:<id>}.
 */
public record Notification(String dedupKey, NotificationKind kind, String businessKey, String taskId,
        String subject, List<String> recipients, Instant createdAt) {

    public Notification {
        recipients = List.copyOf(recipients);
    }
}
