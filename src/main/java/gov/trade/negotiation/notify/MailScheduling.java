package gov.trade.negotiation.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls the outbox and checks for the daily digest on every node. Safe to run on many nodes at once: rows are
 * claimed one node at a time, and the digest's dedup key lets only one node record it. Tests that drive
 * delivery themselves switch it off with {@code negotiation.mail.delivery.scheduled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "negotiation.mail.delivery.scheduled", havingValue = "true", matchIfMissing = true)
class MailScheduling {

    private final OutboxDelivery delivery;
    private final DailyDigest digest;

    MailScheduling(OutboxDelivery delivery, DailyDigest digest) {
        this.delivery = delivery;
        this.digest = digest;
    }

    @Scheduled(fixedDelayString = "${negotiation.mail.delivery.poll-interval}")
    void deliver() {
        digest.recordIfDue();
        delivery.deliverDue();
    }
}
