package gov.trade.negotiation.notify;

public enum NotificationKind {
    /** A task is due soon: to whoever holds it, or its candidate groups. */
    REMINDER,
    /** A task is overdue past the grace period: to managers. */
    ESCALATION
}
