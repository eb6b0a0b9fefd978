package gov.trade.negotiation.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

import gov.trade.negotiation.security.Groups;
import gov.trade.negotiation.track.TrackProcess;

/** Mail that keeps failing is marked FAILED with its error, shown to administrators only, and can be retried. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:failedMailTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1",
        "negotiation.mail.delivery.max-attempts=1"})
@ActiveProfiles("dev")
@AutoConfigureMockMvc
class FailedMailTests {

    private static final MailServer SMTP = new MailServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired RuntimeService runtimeService;
    @Autowired OutboxDelivery delivery;
    @Autowired Outbox outbox;
    @Autowired TestRestTemplate http;
    @Autowired MockMvc mvc;

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Test
    void shouldShowFailedMailToAdministratorsOnlyAndSendItWhenRetried() throws Exception {
        runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-ENERGY");
        assertThat(delivery.deliverDue()).isZero();

        ResponseEntity<JsonNode> failed = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/notifications?status=FAILED", JsonNode.class);
        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(failed.getBody()).hasSize(1);
        JsonNode mail = failed.getBody().get(0);
        assertThat(mail.path("recipient").asText()).isEqualTo("jp-desk@example.gov");
        assertThat(mail.path("kind").asText()).isEqualTo("NEW_TASK");
        assertThat(mail.path("attempts").asInt()).isEqualTo(1);
        assertThat(mail.path("lastError").asText()).contains("Couldn't connect to host");

        ResponseEntity<JsonNode> desk = http.withBasicAuth("jp-desk", "demo").getForEntity("/api/notifications", JsonNode.class);
        assertThat(desk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        mvc.perform(get("/admin/outbox").with(user("admin").authorities(() -> Groups.authority(Groups.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("connect to host, port: 127.0.0.1")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("New task: Draft agreement text (JP-ENERGY)")));
        mvc.perform(get("/admin/outbox").with(user("jp-desk").authorities(() -> Groups.authority("desk-jp"))))
                .andExpect(status().isForbidden());

        SMTP.start();
        mvc.perform(post("/admin/outbox/" + mail.path("id").asLong() + "/retry").with(csrf())
                .with(user("admin").authorities(() -> Groups.authority(Groups.ADMIN))))
                .andExpect(status().is3xxRedirection());
        assertThat(delivery.deliverDue()).isEqualTo(1);

        assertThat(SMTP.received()).hasSize(1);
        assertThat(outbox.list(Optional.empty(), 10)).singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(OutboxStatus.SENT));
        ResponseEntity<JsonNode> again = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/notifications/" + mail.path("id").asLong() + "/retry", null, JsonNode.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("type").asText()).endsWith("/conflict");
    }
}
