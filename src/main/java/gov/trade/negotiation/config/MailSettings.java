package gov.trade.negotiation.config;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email as configured under {@code negotiation.mail} in {@code config/negotiation.yaml}: the sender, the address
 * links in mails point to, when the daily digest goes out and how the outbox retries. The SMTP server itself is
 * Spring Boot's {@code spring.mail.*}; without {@code spring.mail.host} mail is recorded, never sent.
 */
@ConfigurationProperties(prefix = MailSettings.PREFIX)
public record MailSettings(String from, String baseUrl, LocalTime digestTime, Delivery delivery) {

    public static final String PREFIX = NegotiationProperties.PREFIX + ".mail";

    /**
     * Outbox delivery: every {@code pollInterval} up to {@code batchSize} due mails are sent; a failed mail is
     * tried again after {@code firstRetry}, doubling up to {@code maxRetry}, and marked failed after
     * {@code maxAttempts}.
     */
    public record Delivery(Duration pollInterval, Integer batchSize, Integer maxAttempts, Duration firstRetry,
            Duration maxRetry) {
    }
}
