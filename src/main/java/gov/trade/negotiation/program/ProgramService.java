package gov.trade.negotiation.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import gov.trade.negotiation.config.ConfigOrigins;
import gov.trade.negotiation.config.InvalidConfigurationException;
import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.problem.NotFoundException;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackQueries;
import gov.trade.negotiation.track.TrackSummary;

/**
 * Starts the program once and keeps it in line with the configuration. The program row and the process instance
 * commit together; its primary key makes a concurrent second start (on this node or another) roll back, after
 * which the first one is used. Every start, and every start-up of a node, then puts what the configuration adds
 * into the program and withdraws the nations marked withdrawn ({@link ProgramSync}).
 */
@Service
public class ProgramService {

    /** The program, whether this call kicked it off, and what it added or withdrew. */
    public record Started(ProgramView program, boolean created) {
    }

    private final NegotiationProperties properties;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final TrackQueries tracks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EngineClock clock;
    private final ProgramSync sync;
    private final ProgramMembers members;
    private final ProgramProgress progress;
    private final ConfigurableEnvironment environment;

    ProgramService(NegotiationProperties properties, RuntimeService runtimeService, HistoryService historyService,
            ManagementService managementService, TrackQueries tracks, JdbcTemplate jdbc,
            TransactionTemplate transaction, EngineClock clock, ProgramSync sync, ProgramMembers members,
            ProgramProgress progress, ConfigurableEnvironment environment) {
        this.properties = properties;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
        this.tracks = tracks;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.sync = sync;
        this.members = members;
        this.progress = progress;
        this.environment = environment;
    }

    /** Kicks the program off (the first time) and puts in what the configuration adds. */
    public Started start() {
        boolean created = false;
        if (instanceId().isEmpty()) {
            try {
                transaction.executeWithoutResult(status -> {
                    String instanceId = runtimeService
                            .startProcessInstanceByKey(ProgramProcess.KEY, properties.programKey())
                            .getId();
                    jdbc.update("insert into program_run (program_key, process_instance_id, started_at) values (?, ?, ?)",
                            properties.programKey(), instanceId, Timestamp.from(clock.now()));
                });
                created = true;
            } catch (DuplicateKeyException startedElsewhere) {
                created = false;
            }
        }
        String instanceId = instanceId().orElseThrow();
        ProgramSync.Added added = sync.join(properties.programKey(), instanceId);
        List<String> withdrawn = sync.withdraw(properties.programKey());
        return new Started(current(added, withdrawn, tracks::all).orElseThrow(), created);
    }

    /**
     * On start-up of a node, once the program was kicked off: refuses a configuration from which a nation with
     * tracks vanished, then puts in what it adds and withdraws what it marks withdrawn.
     */
    void syncOnStartup() {
        Optional<String> instanceId = instanceId();
        if (instanceId.isEmpty()) {
            return;
        }
        checkNoPartyVanished();
        sync.join(properties.programKey(), instanceId.get());
        sync.withdraw(properties.programKey());
    }

    private void checkNoPartyVanished() {
        Map<String, Long> vanished = members.activeParties(properties.programKey()).entrySet().stream()
                .filter(party -> properties.nation(party.getKey()).isEmpty()
                        && properties.agreement(party.getKey()).isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
        if (!vanished.isEmpty()) {
            String where = ConfigOrigins.where(NegotiationProperties.PREFIX + ".nations[0].code", environment);
            throw new InvalidConfigurationException(vanished.entrySet().stream()
                    .map(party -> ("%s: %s.nations: '%s' takes part in the running program (%d tracks) but is no "
                            + "longer configured: keep it in the list and mark it withdrawn, e.g. "
                            + "{ code: %s, name: ..., withdrawn: { reason: \"...\" } }, to end its tracks and "
                            + "meetings").formatted(where, NegotiationProperties.PREFIX, party.getKey(),
                            party.getValue(), party.getKey()))
                    .collect(Collectors.joining("\n")));
        }
    }

    /** Only the progress, without listing every track: cheap enough to poll. */
    public Optional<ProgramView.Progress> progress() {
        return instanceId().map(instanceId -> progress.of(properties.programKey(), instanceId));
    }

    public Optional<ProgramView> current() {
        return current(ProgramSync.Added.NOTHING, List.of(), tracks::all);
    }

    /** The program as one user sees it: only the tracks they may read, like {@code GET /api/tracks}. */
    public Optional<ProgramView> current(CurrentUser user) {
        return current(ProgramSync.Added.NOTHING, List.of(), () -> tracks.readableBy(user));
    }

    /** Lets a failed track or series start run again (an administrator fixed its cause). */
    public void retry(String failureId) {
        String instanceId = instanceId().orElseThrow(() -> new NotFoundException("The program has not been started"));
        progress.failedJob(instanceId, failureId)
                .orElseThrow(() -> new NotFoundException("No failed start " + failureId + " in the program"));
        managementService.setJobRetries(failureId, 1);
    }

    private Optional<String> instanceId() {
        return jdbc.queryForList("select process_instance_id from program_run where program_key = ?", String.class,
                properties.programKey()).stream().findFirst();
    }

    private Optional<ProgramView> current(ProgramSync.Added added, List<String> withdrawn,
            Supplier<List<TrackSummary>> trackList) {
        return jdbc.query("select process_instance_id, started_at from program_run where program_key = ?",
                (rs, row) -> view(rs.getString(1), rs.getTimestamp(2).toInstant(), added, withdrawn, trackList),
                properties.programKey()).stream().findFirst();
    }

    private ProgramView view(String processInstanceId, Instant startedAt, ProgramSync.Added added,
            List<String> withdrawn, Supplier<List<TrackSummary>> trackList) {
        List<String> meetingSeries = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MeetingProcess.KEY)
                .superProcessInstanceId(processInstanceId)
                .list().stream()
                .map(HistoricProcessInstance::getBusinessKey)
                .sorted()
                .toList();
        return new ProgramView(properties.programKey(), processInstanceId, startedAt,
                progress.of(properties.programKey(), processInstanceId), progress.failures(processInstanceId),
                trackList.get(), meetingSeries, added.tracks(), added.meetingSeries(), withdrawn);
    }
}
