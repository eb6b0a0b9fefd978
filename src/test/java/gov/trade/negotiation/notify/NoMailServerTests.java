package gov.trade.negotiation.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackProcess;

/** The embedded default: without spring.mail.host every mail is recorded and shown on the Outbox page, none sent. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:noMailServerTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@AutoConfigureMockMvc
class NoMailServerTests {

    @Autowired RuntimeService runtimeService;
    @Autowired OutboxDelivery delivery;
    @Autowired Outbox outbox;
    @Autowired MockMvc mvc;

    @Test
    void shouldRecordEveryMailAndShowItOnTheOutboxPage() throws Exception {
        runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "GB-ENERGY");

        assertThat(delivery.mailServerConfigured()).isFalse();
        assertThat(delivery.deliverDue()).isZero();
        assertThat(outbox.list(Optional.empty(), 10)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(mail.recipientEmail()).isEqualTo("gb-desk@example.gov");
            assertThat(mail.textBody()).contains("http://localhost:8080/tasks/");
        });
        mvc.perform(get("/admin/outbox").with(user("admin").authorities(() -> Groups.authority(Groups.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No mail server is configured")))
                .andExpect(content().string(Matchers.containsString("gb-desk@example.gov")))
                .andExpect(content().string(Matchers.containsString("New task: Draft agreement text (GB-ENERGY)")));
    }
}
