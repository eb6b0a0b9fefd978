package gov.trade.negotiation.notify;

import java.util.ArrayList;
import java.util.List;

/** An in-memory notification record for engine-only tests; keeps the dedup rule of the real table. */
public class RecordedNotifications implements Notifications {

    private final List<Notification> recorded = new ArrayList<>();

    @Override
    public synchronized void record(Notification notification) {
        if (recorded.stream().noneMatch(existing -> existing.dedupKey().equals(notification.dedupKey()))) {
            recorded.add(notification);
        }
    }

    @Override
    public synchronized List<Notification> all() {
        return List.copyOf(recorded);
    }

    public synchronized void clear() {
        recorded.clear();
    }
}
