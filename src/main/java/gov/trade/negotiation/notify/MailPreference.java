package gov.trade.negotiation.notify;

/** What a user wants by mail. Essential mail (overdue, escalation, meetings, digest) always goes out. */
public enum MailPreference {
    /** Every mail as it happens (the default). */
    ALL,
    /** Essential mail only: no new-task, reminder or sign-off mail. */
    ESSENTIAL,
    /** Essential mail as it happens; the rest collected into one daily digest. */
    DIGEST
}
