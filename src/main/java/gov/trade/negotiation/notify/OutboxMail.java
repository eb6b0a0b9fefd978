package gov.trade.negotiation.notify;

import java.time.Instant;

/** One row of the outbox: a mail to one recipient and where its delivery stands. */
public record OutboxMail(long id, String dedupKey, NotificationKind kind, String businessKey, String taskId,
        String recipientUser, String recipientEmail, String subject, String textBody, String htmlBody,
        String calendar, String calendarMethod, OutboxStatus status, int attempts, Instant nextAttemptAt,
        String lastError, Instant createdAt, Instant sentAt) {
}
