package gov.trade.negotiation.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import gov.trade.negotiation.config.MailSettings;
import gov.trade.negotiation.track.TrackProcess;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * 1,000 reminders due at once: the engine fires 1,000 reminder timers, the outbox delivers the 1,000 mails to
 * GreenMail; then plain JavaMail (one connection, no database) sends the same 1,000 mails to the same server.
 * Prints both throughputs and their ratio; asserts the count, never the time. Run with {@code -Pbenchmarks}.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:reminderDeliveryBenchmark;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1"})
@ActiveProfiles("dev")
class ReminderDeliveryBenchmark {

    private static final int REMINDERS = 1_000;
    private static final MailServer SMTP = new MailServer().start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired OutboxDelivery delivery;
    @Autowired Outbox outbox;
    @Autowired MailSettings mail;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Test
    void shouldDeliverAThousandRemindersDueAtOnce() throws Exception {
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-01-05T14:00:00Z")));
        IntStream.range(0, REMINDERS).forEach(i -> runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-ENERGY"));
        delivery.deliverDue();
        SMTP.purge();

        // the drafting task's reminder: its timeout listener's timer cycle (the other timer is the escalation)
        List<Job> reminders = managementService.createJobQuery().activityId(TrackProcess.USER_TASK_DRAFT_TEXT).list()
                .stream().filter(job -> managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getJobConfiguration().startsWith("CYCLE")).toList();
        assertThat(reminders).hasSize(REMINDERS);
        ClockUtil.setCurrentTime(Date.from(reminders.get(0).getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        long firing = System.nanoTime();
        reminders.forEach(job -> managementService.executeJob(job.getId()));
        double firingSeconds = (System.nanoTime() - firing) / 1e9;

        long start = System.nanoTime();
        int sent = delivery.deliverDue();
        assertThat(SMTP.waitFor(REMINDERS, 60_000)).isTrue();
        double outboxSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(sent).isEqualTo(REMINDERS);
        assertThat(SMTP.received()).hasSize(REMINDERS);
        List<OutboxMail> rows = outbox.list(Optional.of(OutboxStatus.SENT), 10 * REMINDERS).stream()
                .filter(row -> row.kind() == NotificationKind.REMINDER).toList();
        assertThat(rows).hasSize(REMINDERS);
        SMTP.purge();

        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(SMTP.port()));
        Session session = Session.getInstance(properties);
        long plainStart = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (OutboxMail row : rows) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(mail.from()));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(row.recipientEmail()));
                message.setSubject(row.subject(), "UTF-8");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(row.textBody(), "UTF-8");
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(row.htmlBody(), "text/html; charset=UTF-8");
                message.setContent(new MimeMultipart("alternative", text, html));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        assertThat(SMTP.waitFor(REMINDERS, 60_000)).isTrue();
        double plainSeconds = (System.nanoTime() - plainStart) / 1e9;
        assertThat(SMTP.received()).hasSize(REMINDERS);

        double outboxRate = REMINDERS / outboxSeconds;
        double plainRate = REMINDERS / plainSeconds;
        System.out.printf("%nBENCHMARK 1,000 reminders due at once (H2 in memory, GreenMail on loopback, one node)%n"
                + "  engine firing 1,000 reminder timers (records outbox rows): %.2f s, %.0f timers/s%n"
                + "  outbox delivery (claim, compose, send, mark sent):          %.2f s, %.0f mails/s%n"
                + "  plain JavaMail, same 1,000 mails, one connection:           %.2f s, %.0f mails/s%n"
                + "  outbox / plain JavaMail throughput ratio:                   %.2f%n%n",
                firingSeconds, REMINDERS / firingSeconds, outboxSeconds, outboxRate, plainSeconds, plainRate,
                outboxRate / plainRate);
    }
}
