package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.track.TrackProcess;

/** A nation with a joining date in config starts its tracks and meetings on that day, by the engine's timer. */
class JoiningDateTests {

    /** The engine's clock at the kickoff: a month before Canada joins. */
    private static final Instant KICKOFF = Instant.parse("2026-02-02T15:00:00Z");
    /** Midnight of 1 March 2026 in the program's zone (New York). */
    private static final Instant CANADA_JOINS = Instant.parse("2026-03-01T05:00:00Z");

    @TempDir
    Path folder;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldStartANationWithAJoiningDateOnThatDayAndNotBefore() {
        Path config = ProgramApps.edited(folder.resolve("negotiation.yaml"), ProgramApps.LAST_NATION,
                ProgramApps.LAST_NATION + "    - { code: CA, name: Canada, zone: America/Toronto, joins: 2026-03-01 }\n");
        ClockUtil.setCurrentTime(Date.from(KICKOFF));
        try (ConfigurableApplicationContext app = ProgramApps.start(config, "jdbc:h2:mem:joiningDateTests;DB_CLOSE_DELAY=-1")) {
            ProgramService programs = app.getBean(ProgramService.class);
            ManagementService management = app.getBean(ManagementService.class);
            RuntimeService runtime = app.getBean(RuntimeService.class);

            ProgramView kickedOff = ProgramJobs.kickoff(programs, management).program();
            assertThat(kickedOff.progress()).isEqualTo(new ProgramView.Progress(54, 48, 6, 9, 8, 1, true));
            assertThat(canadianTracks(runtime)).isZero();
            assertThat(management.createJobQuery().processDefinitionKey(ProgramProcess.KEY)
                    .activityId(ProgramProcess.TIMER_JOINING_DATE).singleResult().getDuedate())
                    .isEqualTo(Date.from(CANADA_JOINS));

            ClockUtil.setCurrentTime(Date.from(CANADA_JOINS.minusSeconds(60)));
            ProgramJobs.runDue(management);
            assertThat(canadianTracks(runtime)).as("the evening before").isZero();

            ClockUtil.setCurrentTime(Date.from(CANADA_JOINS.plusSeconds(60)));
            ProgramJobs.runDue(management);

            assertThat(canadianTracks(runtime)).isEqualTo(6);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
                    .processInstanceBusinessKey(MeetingProcess.seriesKey("CA")).count()).isEqualTo(1);
            assertThat(programs.current().orElseThrow().progress())
                    .isEqualTo(new ProgramView.Progress(54, 54, 0, 9, 9, 0, true));
        }
    }

    private static long canadianTracks(RuntimeService runtime) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY)
                .processInstanceBusinessKeyLike("CA-%").count();
    }
}
