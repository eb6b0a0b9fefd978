package gov.trade.negotiation.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.program.ProgramPlan.Member;
import gov.trade.negotiation.track.TrackProcess;

/**
 * Puts what the configuration adds into the running program: per joining date (and at most {@value #JOIN_BATCH}
 * members at a time) one join record, its members and the "Parties join" message, all in one transaction. A member
 * another node put in first fails the insert on the primary key, which rolls the whole join back; the sync then
 * reads the table again and carries on with what is still missing.
 */
@Service
class ProgramSync {

    /** Members per join: bounds the transaction that starts a join's multi-instance call activities. */
    static final int JOIN_BATCH = 500;
    private static final int ATTEMPTS = 20;
    private static final Logger log = LoggerFactory.getLogger(ProgramSync.class);

    /** The tracks and meeting series this sync put into the program (not those another node put in). */
    record Added(List<String> tracks, List<String> meetingSeries) {
        static final Added NOTHING = new Added(List.of(), List.of());
    }

    private final NegotiationProperties properties;
    private final ProgramPlan plan;
    private final ProgramMembers members;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TransactionTemplate transaction;
    private final EngineClock clock;

    ProgramSync(NegotiationProperties properties, ProgramPlan plan, ProgramMembers members,
            RuntimeService runtimeService, HistoryService historyService, TransactionTemplate transaction,
            EngineClock clock) {
        this.properties = properties;
        this.plan = plan;
        this.members = members;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.transaction = transaction;
        this.clock = clock;
    }

    Added join(String programKey, String programInstanceId) {
        adoptStartedBeforeJoins(programKey, programInstanceId);
        List<String> tracks = new ArrayList<>();
        List<String> series = new ArrayList<>();
        for (int attempt = 1;; attempt++) {
            try {
                joinMissing(programKey, programInstanceId, tracks, series);
                return new Added(tracks.stream().sorted().toList(), series.stream().sorted().toList());
            } catch (DataIntegrityViolationException | ConcurrencyFailureException | OptimisticLockingException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                log.info("Another node put members into the program meanwhile; reading again ({})", raced.getMessage());
            }
        }
    }

    private void joinMissing(String programKey, String programInstanceId, List<String> addedTracks,
            List<String> addedSeries) {
        Set<String> tracks = members.ids(programKey, MemberKind.TRACK);
        Set<String> series = members.ids(programKey, MemberKind.SERIES);
        List<Member> missing = plan.members().stream()
                .filter(member -> !(member.kind() == MemberKind.TRACK ? tracks : series).contains(member.id()))
                .sorted(Comparator.comparing(Member::kind).thenComparing(Member::id))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        if (runtimeService.createEventSubscriptionQuery().processInstanceId(programInstanceId)
                .eventName(ProgramProcess.MESSAGE_PARTIES_JOIN).count() == 0) {
            log.warn("The program {} takes no new parties (closed, or started by a model before joining existed); "
                    + "not started: {}", programKey, missing.stream().map(Member::id).toList());
            return;
        }
        Map<Instant, List<Member>> byDate = new TreeMap<>();
        Instant now = clock.now();
        missing.forEach(member -> byDate.computeIfAbsent(joinsAt(member.joins(), now), at -> new ArrayList<>()).add(member));
        byDate.forEach((joinsAt, joining) -> {
            for (int from = 0; from < joining.size(); from += JOIN_BATCH) {
                List<Member> batch = joining.subList(from, Math.min(joining.size(), from + JOIN_BATCH));
                transaction.executeWithoutResult(status -> joinNow(programKey, programInstanceId, joinsAt, batch));
                batch.forEach(member -> (member.kind() == MemberKind.TRACK ? addedTracks : addedSeries).add(member.id()));
            }
        });
    }

    private void joinNow(String programKey, String programInstanceId, Instant joinsAt, List<Member> batch) {
        String joinId = UUID.randomUUID().toString();
        members.insertJoin(joinId, programKey, joinsAt, clock.now());
        batch.forEach(member -> members.insertMember(programKey, member.kind(), member.id(), member.party(), joinId));
        runtimeService.createMessageCorrelation(ProgramProcess.MESSAGE_PARTIES_JOIN)
                .processInstanceId(programInstanceId)
                .setVariablesToTriggeredScope(Map.of(ProgramProcess.VAR_JOIN_ID, joinId,
                        ProgramProcess.VAR_JOINING_DATE, Date.from(joinsAt)))
                .correlateWithResult();
        log.info("{} joins the program {} at {}: {}", joinId, programKey, joinsAt,
                batch.size() > 10 ? batch.size() + " tracks and series" : batch.stream().map(Member::id).toList());
    }

    /** The start of the joining day in the program's zone; a day already begun, or none, is now. */
    private Instant joinsAt(LocalDate joins, Instant now) {
        if (joins == null) {
            return now;
        }
        Instant at = joins.atStartOfDay(properties.kickoff().zone()).toInstant();
        return at.isBefore(now) ? now : at;
    }

    /**
     * A program kicked off before joins were recorded started its tracks and series itself: record them, so that
     * nothing is started twice.
     */
    private void adoptStartedBeforeJoins(String programKey, String programInstanceId) {
        if (!members.ids(programKey, MemberKind.TRACK).isEmpty()
                || !members.ids(programKey, MemberKind.SERIES).isEmpty()) {
            return;
        }
        List<HistoricProcessInstance> started = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(programInstanceId).list();
        if (started.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                String joinId = "adopted-" + programInstanceId;
                members.insertJoin(joinId, programKey, clock.now(), clock.now());
                started.stream().sorted(Comparator.comparing(HistoricProcessInstance::getBusinessKey)).forEach(instance -> {
                    boolean series = MeetingProcess.KEY.equals(instance.getProcessDefinitionKey());
                    String id = series ? instance.getBusinessKey().substring("MEETINGS-".length()) : instance.getBusinessKey();
                    String party = series ? id : id.substring(0, id.indexOf('-'));
                    members.insertMember(programKey, series ? MemberKind.SERIES : MemberKind.TRACK, id, party, joinId);
                });
            });
        } catch (DataIntegrityViolationException adoptedElsewhere) {
            log.info("Another node recorded the program's earlier tracks meanwhile");
        }
    }

    /**
     * Withdraws every track and meeting series of nations marked {@code withdrawn}: each member is marked in the
     * table and sent the withdrawal message in one transaction; a member already marked (here or on another node)
     * is left alone. Returns the withdrawn members' ids.
     */
    List<String> withdraw(String programKey) {
        List<String> withdrawn = new ArrayList<>();
        for (NegotiationProperties.Nation nation : properties.nations()) {
            if (!nation.isWithdrawn()) {
                continue;
            }
            String reason = nation.withdrawn().reason();
            members.all(programKey).stream()
                    .filter(member -> member.party().equals(nation.code()) && member.withdrawnAt() == null)
                    .forEach(member -> {
                        Boolean done = transaction.execute(status -> {
                            if (!members.markWithdrawn(programKey, member.kind(), member.id(), reason, clock.now())) {
                                return false;
                            }
                            sendWithdrawal(member, reason);
                            return true;
                        });
                        if (Boolean.TRUE.equals(done)) {
                            withdrawn.add(member.id());
                        }
                    });
        }
        return withdrawn;
    }

    private void sendWithdrawal(ProgramMembers.Stored member, String reason) {
        boolean track = member.kind() == MemberKind.TRACK;
        int received = runtimeService.createMessageCorrelation(track ? TrackProcess.MESSAGE_WITHDRAWAL
                        : MeetingProcess.MESSAGE_SERIES_WITHDRAWAL)
                .processInstanceBusinessKey(track ? member.id() : MeetingProcess.seriesKey(member.id()))
                .setVariable(track ? TrackProcess.VAR_WITHDRAWAL_REASON : MeetingProcess.VAR_WITHDRAWAL_REASON, reason)
                .correlateAllWithResult().size();
        if (received == 0) {
            log.info("{} {} withdrawn: nothing running received it (ended, not yet started, or a model without "
                    + "withdrawal)", member.kind(), member.id());
        }
    }
}
