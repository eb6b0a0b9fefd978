package gov.trade.negotiation.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import gov.trade.negotiation.track.TrackProcess;

/**
 * The mail server is down (GreenMail stopped) while 200 notifications fall due: negotiation work goes on, the
 * outbox keeps retrying in the background with backoff, and once the server is back every mail arrives, once.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mailServerOutageTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1",
        "negotiation.mail.delivery.scheduled=true",
        "negotiation.mail.delivery.poll-interval=PT0.1S",
        "negotiation.mail.delivery.first-retry=PT0.2S",
        "negotiation.mail.delivery.max-retry=PT1S",
        "negotiation.mail.delivery.max-attempts=1000"})
@ActiveProfiles("dev")
class MailServerOutageTests {

    private static final MailServer SMTP = new MailServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired Outbox outbox;

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Test
    void shouldLoseNothingAndSendNothingTwiceWhenTheMailServerIsDown() {
        IntStream.range(0, 200).forEach(i -> runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-ENERGY"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outbox.list(java.util.Optional.empty(), 5000))
                .hasSize(200).allSatisfy(mail -> {
                    assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
                    assertThat(mail.attempts()).isGreaterThanOrEqualTo(2);
                    assertThat(mail.lastError()).contains("Couldn't connect to host");
                }));

        List<Task> drafts = taskService.createTaskQuery().taskDefinitionKey(TrackProcess.USER_TASK_DRAFT_TEXT)
                .listPage(0, 10);
        drafts.forEach(draft -> taskService.complete(draft.getId()));
        assertThat(taskService.createTaskQuery().taskDefinitionKey(TrackProcess.USER_TASK_LEGAL_REVIEW).count())
                .as("negotiation work goes on while mail fails").isEqualTo(10);

        SMTP.start();
        assertThat(SMTP.waitFor(220, 30_000)).as("every mail arrives once the server is back").isTrue();
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(outbox.countByStatus()).isEqualTo(Map.of(OutboxStatus.SENT, 220L)));

        List<ReceivedMail> received = ReceivedMail.all(SMTP.received());
        assertThat(received).hasSize(220);
        Set<String> keys = received.stream().map(ReceivedMail::dedupKey).collect(Collectors.toSet());
        assertThat(keys).as("nothing sent twice").hasSize(220);
        assertThat(received).filteredOn(mail -> mail.subject().equals("New task: Draft agreement text (JP-ENERGY)"))
                .hasSize(200).allSatisfy(mail -> assertThat(mail.to()).containsExactly("jp-desk@example.gov"));
    }
}
