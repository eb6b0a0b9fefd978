package gov.trade.negotiation.program;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.engine.EngineClock;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackProcess;

/**
 * How far the program has come: planned members from the table, started ones from the engine's history, failed
 * starts from the engine's jobs (a start that failed keeps its job, with the error, until it is retried).
 */
@Component
class ProgramProgress {

    private final ProgramMembers members;
    private final HistoryService historyService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final EngineClock clock;

    ProgramProgress(ProgramMembers members, HistoryService historyService, ManagementService managementService,
            RuntimeService runtimeService, EngineClock clock) {
        this.members = members;
        this.historyService = historyService;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    ProgramView.Progress of(String programKey, String programInstanceId) {
        Instant now = clock.now();
        List<ProgramMembers.Stored> all = members.all(programKey);
        Set<String> startedTracks = started(programInstanceId, TrackProcess.KEY);
        Set<String> startedSeries = started(programInstanceId, MeetingProcess.KEY);
        Counts tracks = counts(all, MemberKind.TRACK, startedTracks::contains, now);
        Counts series = counts(all, MemberKind.SERIES,
                nation -> startedSeries.contains(MeetingProcess.seriesKey(nation)), now);
        return new ProgramView.Progress(tracks.planned(), startedTracks.size(), tracks.waiting(), series.planned(),
                startedSeries.size(), series.waiting(), startedTracks.size() + tracks.waiting() >= tracks.planned()
                        && startedSeries.size() + series.waiting() >= series.planned());
    }

    /** Members planned: those taking part, and those withdrawn that had started (a withdrawn one never starts). */
    private record Counts(int planned, int waiting) {
    }

    private static Counts counts(List<ProgramMembers.Stored> all, MemberKind kind, Predicate<String> started,
            Instant now) {
        int planned = 0;
        int waiting = 0;
        for (ProgramMembers.Stored member : all) {
            if (member.kind() != kind) {
                continue;
            }
            boolean takesPart = member.withdrawnAt() == null;
            if (takesPart || started.test(member.id())) {
                planned++;
            }
            if (takesPart && member.joinsAt().isAfter(now)) {
                waiting++;
            }
        }
        return new Counts(planned, waiting);
    }

    List<ProgramView.Failure> failures(String programInstanceId) {
        return managementService.createJobQuery().processInstanceId(programInstanceId).withException().list().stream()
                .map(this::failure)
                .sorted(Comparator.comparing(ProgramView.Failure::member))
                .toList();
    }

    /** The failed start with this id, if it belongs to the program. */
    Optional<Job> failedJob(String programInstanceId, String jobId) {
        return Optional.ofNullable(managementService.createJobQuery().processInstanceId(programInstanceId)
                .jobId(jobId).withException().singleResult());
    }

    private ProgramView.Failure failure(Job job) {
        Map<String, Object> element = job.getExecutionId() == null ? Map.of()
                : runtimeService.getVariables(job.getExecutionId(),
                        List.of(ProgramProcess.VAR_TRACK_ID, ProgramProcess.VAR_NATION, ProgramProcess.VAR_JOIN_ID));
        MemberKind kind = element.containsKey(ProgramProcess.VAR_TRACK_ID) ? MemberKind.TRACK
                : element.containsKey(ProgramProcess.VAR_NATION) ? MemberKind.SERIES : null;
        Object member = kind == MemberKind.TRACK ? element.get(ProgramProcess.VAR_TRACK_ID)
                : kind == MemberKind.SERIES ? element.get(ProgramProcess.VAR_NATION)
                : "join " + element.get(ProgramProcess.VAR_JOIN_ID);
        return new ProgramView.Failure(job.getId(), kind, String.valueOf(member), job.getExceptionMessage(),
                job.getRetries());
    }

    private Set<String> started(String programInstanceId, String processKey) {
        return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(programInstanceId)
                .processDefinitionKey(processKey).list().stream().map(HistoricProcessInstance::getBusinessKey)
                .collect(Collectors.toSet());
    }
}
