package gov.trade.negotiation.drafts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code negotiation.drafts.redline-budget}: the most time one redline may take to compute (default 2 s); past it
 * the reader is told to compare the versions side by side, and the pair is not tried again.
 */
@ConfigurationProperties(prefix = "negotiation.drafts")
record DraftSettings(Duration redlineBudget) {

    DraftSettings {
        redlineBudget = redlineBudget == null ? Duration.ofSeconds(2) : redlineBudget;
        if (redlineBudget.isNegative()) {
            throw new IllegalArgumentException("negotiation.drafts.redline-budget = '" + redlineBudget
                    + "': must not be negative");
        }
    }
}
