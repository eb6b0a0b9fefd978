package gov.trade.negotiation.tasks;

/** Optional filters of the inbox; blank means any. */
public record InboxFilter(String nation, String area, String stage, boolean overdue) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, false);
    }
}
