package gov.trade.negotiation.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;

/**
 * Computes dashboards. The whole program's is kept as a snapshot in the database, refreshed in the background and
 * served as stored, so a request costs the same at 48 tracks as at 10,000; a desk's row or a lead's column is
 * computed on request from the engine, reading only that row or column. Either way in a fixed number of statements.
 */
@Service
class DashboardService {

    /** How long a node may hold the right to compute before another one may take over. */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final EngineFacts facts;
    private final SnapshotStore snapshots;
    private final DashboardCalculator calculator;
    private final EngineClock clock;
    private final ObjectMapper json;
    private final TransactionTemplate readOnly;
    private final DashboardSettings settings;

    DashboardService(EngineFacts facts, SnapshotStore snapshots, NegotiationProperties properties, EngineClock clock,
            ObjectMapper json, PlatformTransactionManager transactions, DashboardSettings settings) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.calculator = new DashboardCalculator(properties);
        this.clock = clock;
        this.json = json;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.settings = settings;
    }

    /** The dashboard of a scope, lists cut at {@link Dashboard#LIST_LIMIT}. */
    Dashboard of(Scope scope) {
        return scope.everything() ? parse(programJson()) : compute(scope, Dashboard.LIST_LIMIT);
    }

    /** The whole program's dashboard as JSON, at most {@code dashboard.max-age} old. */
    String programJson() {
        Optional<SnapshotStore.Snapshot> stored = snapshots.read();
        Instant now = Instant.now();
        if (stored.isPresent() && !stored.get().computedAt().plus(settings.maxAge()).isBefore(now)
                && !settings.maxAge().isZero() && !settings.maxAge().isNegative()) {
            return stored.get().json();
        }
        if (!snapshots.claim(now, LEASE) && stored.isPresent()) {
            return stored.get().json(); // another node is computing it right now
        }
        return computeAndStore(now);
    }

    /** Recomputes the stored snapshot unless it is younger than {@code age} or another node is at it. */
    void refreshIfOlderThan(Duration age) {
        Instant now = Instant.now();
        Optional<SnapshotStore.Snapshot> stored = snapshots.read();
        if (stored.isPresent() && stored.get().computedAt().plus(age).isAfter(now)) {
            return;
        }
        if (snapshots.claim(now, LEASE)) {
            computeAndStore(now);
        }
    }

    /** Computed now from the engine, every list complete: for exports. */
    Dashboard complete(Scope scope) {
        return compute(scope, Integer.MAX_VALUE);
    }

    private String computeAndStore(Instant now) {
        String body = write(compute(Scope.all(), Dashboard.LIST_LIMIT));
        snapshots.store(now, body);
        return body;
    }

    private Dashboard compute(Scope scope, int listLimit) {
        TrackFacts read = readOnly.execute(status -> facts.read(scope));
        return calculator.compute(read, scope, clock.now(), listLimit);
    }

    private String write(Dashboard dashboard) {
        try {
            return json.writeValueAsString(dashboard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the dashboard as JSON", e);
        }
    }

    private Dashboard parse(String body) {
        try {
            return json.readValue(body, Dashboard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the stored dashboard", e);
        }
    }
}
