package gov.trade.negotiation.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dashboard.max-age}: how old the stored program dashboard may be before a request computes it again;
 * {@code dashboard.refresh-every}: how often a node refreshes it in the background ({@code refresh-enabled} turns
 * that off); {@code dashboard.poll-every}: how often an open page asks for new figures. With the defaults (4 s,
 * 3 s, 5 s) a page is at most 4 + 5 = 9 s behind the engine.
 */
@ConfigurationProperties(prefix = "dashboard")
record DashboardSettings(Duration maxAge, Duration refreshEvery, Boolean refreshEnabled, Duration pollEvery) {

    DashboardSettings {
        maxAge = maxAge == null ? Duration.ofSeconds(4) : maxAge;
        refreshEvery = refreshEvery == null ? Duration.ofSeconds(3) : refreshEvery;
        refreshEnabled = refreshEnabled == null || refreshEnabled;
        pollEvery = pollEvery == null ? Duration.ofSeconds(5) : pollEvery;
    }
}
