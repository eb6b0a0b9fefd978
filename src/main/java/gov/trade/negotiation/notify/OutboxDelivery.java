package gov.trade.negotiation.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import gov.trade.negotiation.config.MailSettings;
import gov.trade.negotiation.engine.EngineClock;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends what is due in the outbox, outside any process transaction: a mail server that is down costs retries
 * (exponential backoff, then FAILED for an administrator to retry), never negotiation work. Without a mail
 * server ({@code spring.mail.host} unset) nothing is sent and the outbox keeps every mail for the Outbox page.
 */
@Service
public class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    /** How long a claimed batch is ours before another node may take it over (this node died sending it). */
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailComposer composer;
    private final MailSettings.Delivery settings;
    private final EngineClock clock;
    private final String node = UUID.randomUUID().toString();

    OutboxDelivery(Outbox outbox, ObjectProvider<JavaMailSender> senders, MailComposer composer, MailSettings mail,
            EngineClock clock) {
        this.outbox = outbox;
        this.senders = senders;
        this.composer = composer;
        this.settings = mail.delivery();
        this.clock = clock;
    }

    public boolean mailServerConfigured() {
        return senders.getIfAvailable() != null;
    }

    /** Sends every due mail, batch by batch; returns how many went out. */
    public int deliverDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            String token = node + ":" + UUID.randomUUID();
            Instant now = clock.now();
            List<OutboxMail> batch = outbox.claim(token, now, now.plus(LEASE), settings.batchSize());
            if (batch.isEmpty()) {
                return sent;
            }
            int delivered = send(sender, batch, token);
            sent += delivered;
            if (delivered == 0) {
                return sent;
            }
        }
    }

    private int send(JavaMailSender sender, List<OutboxMail> batch, String token) {
        Map<MimeMessage, OutboxMail> rows = new IdentityHashMap<>();
        List<MimeMessage> messages = new ArrayList<>();
        Map<OutboxMail, Exception> failures = new IdentityHashMap<>();
        for (OutboxMail row : batch) {
            try {
                MimeMessage message = sender.createMimeMessage();
                composer.compose(row, message);
                rows.put(message, row);
                messages.add(message);
            } catch (Exception e) {
                failures.put(row, e);
            }
        }
        try {
            if (!messages.isEmpty()) {
                sender.send(messages.toArray(MimeMessage[]::new));
            }
        } catch (MailSendException e) {
            e.getFailedMessages().forEach((message, failure) -> {
                OutboxMail row = rows.get(message);
                if (row != null) {
                    failures.put(row, failure);
                }
            });
            if (e.getFailedMessages().isEmpty()) {
                rows.values().forEach(row -> failures.put(row, e));
            }
        } catch (MailException e) {
            rows.values().forEach(row -> failures.put(row, e));
        }
        Instant now = clock.now();
        List<Long> sent = batch.stream().filter(row -> !failures.containsKey(row)).map(OutboxMail::id).toList();
        outbox.markSent(sent, token, now);
        failures.forEach((row, failure) -> {
            int attempts = row.attempts() + 1;
            boolean giveUp = attempts >= settings.maxAttempts();
            outbox.markFailed(row.id(), token, attempts, now.plus(backoff(attempts)), giveUp, describe(failure));
        });
        if (!failures.isEmpty()) {
            log.warn("{} of {} mails could not be sent, will retry: {}", failures.size(), batch.size(),
                    describe(failures.values().iterator().next()));
        }
        return sent.size();
    }

    /** firstRetry, doubled per further attempt, at most maxRetry. */
    Duration backoff(int attempts) {
        Duration wait = settings.firstRetry();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
