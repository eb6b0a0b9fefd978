package gov.trade.negotiation.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.support.TransactionTemplate;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.track.TrackId;
import gov.trade.negotiation.track.TrackProcess;

/**
 * Starts real {@code bilateralTrack} instances (delegates, due dates, timers, history and all) for the configured
 * tracks, the project's own 48 first, in batches of one transaction each with the job executor off: the fastest
 * honest way to have thousands of tracks.
 */
final class TrackSeeder {

    private static final int BATCH = 500;

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TransactionTemplate transaction;
    private final List<String> order;

    TrackSeeder(RuntimeService runtimeService, HistoryService historyService, TransactionTemplate transaction,
            NegotiationProperties config, Set<String> firstNations, Set<String> firstAreas) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.transaction = transaction;
        List<String> first = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (NegotiationProperties.Nation nation : config.nations()) {
            for (NegotiationProperties.FocusArea area : config.areasOf(nation)) {
                String id = new TrackId(nation.code(), area.code()).toString();
                (firstNations.contains(nation.code()) && firstAreas.contains(area.code()) ? first : rest).add(id);
            }
        }
        first.addAll(rest);
        this.order = List.copyOf(first);
    }

    /** Starts tracks until {@code size} exist; returns the milliseconds it took. */
    long seedUpTo(int size) {
        long started = System.nanoTime();
        Set<String> existing = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(TrackProcess.KEY).list().stream()
                .map(instance -> instance.getBusinessKey()).collect(Collectors.toSet());
        List<String> missing = order.subList(0, size).stream().filter(id -> !existing.contains(id)).toList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(from + BATCH, missing.size()));
            transaction.executeWithoutResult(status -> batch.forEach(
                    id -> runtimeService.startProcessInstanceByKey(TrackProcess.KEY, id)));
        }
        return (System.nanoTime() - started) / 1_000_000;
    }
}
