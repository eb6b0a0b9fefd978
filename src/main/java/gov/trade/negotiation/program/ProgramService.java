package gov.trade.negotiation.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackQueries;
import gov.trade.negotiation.track.TrackSummary;

/**
 * Starts the program once. The program row and the process instance commit together; its primary key makes a
 * concurrent second start (on this node or another) roll back, after which the first one is returned.
 */
@Service
public class ProgramService {

    public record Started(ProgramView program, boolean created) {
    }

    private final NegotiationProperties properties;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TrackQueries tracks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EngineClock clock;

    ProgramService(NegotiationProperties properties, RuntimeService runtimeService, HistoryService historyService,
            TrackQueries tracks, JdbcTemplate jdbc, TransactionTemplate transaction, EngineClock clock) {
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.tracks = tracks;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Started start() {
        Optional<ProgramView> existing = current();
        if (existing.isPresent()) {
            return new Started(existing.get(), false);
        }
        try {
            transaction.executeWithoutResult(status -> {
                String instanceId = runtimeService
                        .startProcessInstanceByKey(ProgramProcess.KEY, properties.programKey())
                        .getId();
                jdbc.update("insert into program_run (program_key, process_instance_id, started_at) values (?, ?, ?)",
                        properties.programKey(), instanceId, Timestamp.from(clock.now()));
            });
            return new Started(current().orElseThrow(), true);
        } catch (DuplicateKeyException startedElsewhere) {
            return new Started(current().orElseThrow(), false);
        }
    }

    public Optional<ProgramView> current() {
        return current(tracks::all);
    }

    /** The program as one user sees it: only the tracks they may read, like {@code GET /api/tracks}. */
    public Optional<ProgramView> current(CurrentUser user) {
        return current(() -> tracks.readableBy(user));
    }

    private Optional<ProgramView> current(Supplier<List<TrackSummary>> trackList) {
        return jdbc.query("select process_instance_id, started_at from program_run where program_key = ?",
                (rs, row) -> view(rs.getString(1), rs.getTimestamp(2).toInstant(), trackList), properties.programKey())
                .stream().findFirst();
    }

    private ProgramView view(String processInstanceId, Instant startedAt, Supplier<List<TrackSummary>> trackList) {
        List<String> meetingSeries = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MeetingProcess.KEY)
                .superProcessInstanceId(processInstanceId)
                .list().stream()
                .map(HistoricProcessInstance::getBusinessKey)
                .sorted()
                .toList();
        return new ProgramView(properties.programKey(), processInstanceId, startedAt, trackList.get(), meetingSeries);
    }
}
