package gov.trade.negotiation.program;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

import gov.trade.negotiation.track.TrackProcess;

/**
 * For tests that run without the job executor: does what it would do for the program, i.e. runs every due job of
 * the program (joining dates reached, each track and meeting series start) until none is left. A start that fails
 * keeps its job with the error and fewer retries, as the job executor would leave it.
 */
public final class ProgramJobs {

    /** The first user task of a new track: the one place tests name it. */
    public static final String FIRST_TRACK_TASK = TrackProcess.USER_TASK_DRAFT_TEXT;

    private ProgramJobs() {
    }

    /** Kicks the program off (or syncs it) and starts what that put in, as the job executor would. */
    public static ProgramService.Started kickoff(ProgramService programs, ManagementService management) {
        ProgramService.Started started = programs.start();
        runDue(management);
        return new ProgramService.Started(programs.current().orElseThrow(), started.created());
    }

    public static void runDue(ManagementService management) {
        List<Job> due;
        while (!(due = management.createJobQuery().processDefinitionKey(ProgramProcess.KEY).executable().list())
                .isEmpty()) {
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // recorded on the job (error, retries left), as the job executor records it
                }
            }
        }
    }
}
