package gov.trade.negotiation.dashboard;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The program dashboard as last stored, read without computing anything: one row, whatever the number of tracks.
 * For readers that must stay cheap, such as the metrics a monitoring system scrapes every few seconds.
 */
@Component
public class StoredDashboard {

    private final SnapshotStore snapshots;
    private final ObjectMapper json;

    StoredDashboard(SnapshotStore snapshots, ObjectMapper json) {
        this.snapshots = snapshots;
        this.json = json;
    }

    /** The stored snapshot, empty before the first one was computed. */
    public Optional<Dashboard> latest() {
        return snapshots.read().map(snapshot -> {
            try {
                return json.readValue(snapshot.json(), Dashboard.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot read the stored dashboard", e);
            }
        });
    }
}
