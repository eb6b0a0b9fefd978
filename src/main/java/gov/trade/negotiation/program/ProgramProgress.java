package gov.trade.negotiation.program;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
        ProgramMembers.Counts tracks = members.counts(programKey, MemberKind.TRACK, now);
        ProgramMembers.Counts series = members.counts(programKey, MemberKind.SERIES, now);
        int tracksStarted = (int) started(programInstanceId, TrackProcess.KEY);
        int seriesStarted = (int) started(programInstanceId, MeetingProcess.KEY);
        return new ProgramView.Progress(tracks.planned(), tracksStarted, tracks.waiting(), series.planned(),
                seriesStarted, series.waiting(), tracksStarted + tracks.waiting() >= tracks.planned()
                        && seriesStarted + series.waiting() >= series.planned());
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

    private long started(String programInstanceId, String processKey) {
        return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(programInstanceId)
                .processDefinitionKey(processKey).count();
    }
}
