package gov.trade.negotiation.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.dashboard.Dashboard;
import gov.trade.negotiation.dashboard.StoredDashboard;
import gov.trade.negotiation.notify.Outbox;
import gov.trade.negotiation.notify.OutboxStatus;

/**
 * The figures behind the {@code negotiation_*} gauges, read at most once per {@link #MAX_AGE} however many gauges a
 * scrape asks: the stored dashboard snapshot (one row), the outbox counts, and two job counts from the engine. A
 * fixed number of statements per scrape whatever the number of tracks; nothing computed from the engine's tasks.
 */
@Component
class OperationalFigures {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    /** One reading of every figure. Stage counts are empty before the first dashboard snapshot exists. */
    record Reading(Instant takenAt, Map<String, Integer> tracksByStage, int overdueTasks, int escalationsOpen,
            Map<OutboxStatus, Long> outbox, Optional<Instant> oldestPending, long jobsDue, long timers) {

        int tracksIn(String stage) {
            return tracksByStage.getOrDefault(stage, 0);
        }

        long outboxCount(OutboxStatus status) {
            return outbox.getOrDefault(status, 0L);
        }

        double oldestPendingAgeSeconds() {
            return oldestPending.map(at -> Math.max(0, Duration.between(at, takenAt).toMillis() / 1000.0)).orElse(0.0);
        }
    }

    private final StoredDashboard dashboard;
    private final Outbox outbox;
    private final ManagementService management;
    private final AtomicReference<Reading> last = new AtomicReference<>();

    OperationalFigures(StoredDashboard dashboard, Outbox outbox, ManagementService management) {
        this.dashboard = dashboard;
        this.outbox = outbox;
        this.management = management;
    }

    Reading current() {
        Reading reading = last.get();
        Instant now = Instant.now();
        if (reading == null || !reading.takenAt().plus(MAX_AGE).isAfter(now)) {
            reading = read(now);
            last.set(reading);
        }
        return reading;
    }

    private Reading read(Instant now) {
        Optional<Dashboard> stored = dashboard.latest();
        Map<String, Integer> stages = stored.map(figures -> figures.totals().stream()
                .collect(Collectors.toMap(Dashboard.StageCount::stage, Dashboard.StageCount::count)))
                .orElse(Map.of());
        return new Reading(now, stages,
                stored.map(Dashboard::overdueTaskCount).orElse(0),
                stored.map(Dashboard::escalatedCount).orElse(0),
                outbox.countByStatus(), outbox.oldestPending(),
                management.createJobQuery().executable().count(),
                management.createJobQuery().timers().count());
    }
}
