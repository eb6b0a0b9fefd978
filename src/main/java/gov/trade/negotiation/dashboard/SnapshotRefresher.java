package gov.trade.negotiation.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the stored program dashboard fresh on every node; the claim in {@link SnapshotStore} lets one node compute
 * at a time. Turned off with {@code dashboard.refresh-enabled=false} (requests then compute when it is too old).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "dashboard.refresh-enabled", havingValue = "true", matchIfMissing = true)
class SnapshotRefresher {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRefresher.class);

    private final DashboardService dashboards;
    private final DashboardSettings settings;

    SnapshotRefresher(DashboardService dashboards, DashboardSettings settings) {
        this.dashboards = dashboards;
        this.settings = settings;
    }

    @Scheduled(initialDelayString = "${dashboard.refresh-every:PT3S}", fixedDelayString = "${dashboard.refresh-every:PT3S}")
    void refresh() {
        try {
            dashboards.refreshIfOlderThan(settings.refreshEvery());
        } catch (DataAccessException e) {
            log.warn("Dashboard refresh failed, will try again: {}", e.getMessage());
        }
    }
}
