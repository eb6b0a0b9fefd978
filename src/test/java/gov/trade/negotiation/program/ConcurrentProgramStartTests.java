package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import gov.trade.negotiation.track.TrackProcess;

/** Two administrators (or two nodes) starting the program at the same moment start it once. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:concurrentProgramStartTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
class ConcurrentProgramStartTests {

    @Autowired
    ProgramService programs;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Test
    void shouldStartTheProgramOnceWhenTwoStartsRace() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ProgramService.Started> first = pool.submit(() -> { go.await(); return programs.start(); });
            Future<ProgramService.Started> second = pool.submit(() -> { go.await(); return programs.start(); });
            go.countDown();

            assertThat(List.of(first.get().created(), second.get().created())).containsExactlyInAnyOrder(true, false);
            assertThat(first.get().program().processInstanceId()).isEqualTo(second.get().program().processInstanceId());
            List<String> added = new java.util.ArrayList<>(first.get().program().addedTracks());
            added.addAll(second.get().program().addedTracks());
            assertThat(added).as("each track put into the program by one of the two").hasSize(48).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
        ProgramJobs.runDue(managementService);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProgramProcess.KEY).count())
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TrackProcess.KEY).count())
                .isEqualTo(48);
    }
}
