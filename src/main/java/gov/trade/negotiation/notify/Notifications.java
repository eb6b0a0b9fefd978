package gov.trade.negotiation.notify;

import java.util.List;

/** Where notifications are recorded, in the same transaction as the process step that causes them. */
public interface Notifications {

    /** Records the notification, and its mail, unless one with the same dedup key exists. */
    void record(Notification notification);

    List<Notification> all();

    default boolean recorded(String dedupKey) {
        return all().stream().anyMatch(notification -> notification.dedupKey().equals(dedupKey));
    }
}
