package gov.trade.negotiation.notify;

public enum OutboxStatus {
    /** Waiting to be sent (again) at {@code nextAttemptAt}. */
    PENDING,
    /** Claimed by one node that is sending it now; back to the pool if that node dies. */
    SENDING,
    SENT,
    /** Gave up after the configured attempts; an administrator can retry it. */
    FAILED,
    /** Held for the recipient's daily digest. */
    DIGEST,
    /** Went out as part of a daily digest. */
    DIGESTED
}
