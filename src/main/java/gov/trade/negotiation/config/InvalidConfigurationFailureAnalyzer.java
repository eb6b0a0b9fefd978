package gov.trade.negotiation.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints configuration problems as the reason start-up failed, without a stack trace to dig through. */
class InvalidConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfigurationException cause) {
        return new FailureAnalysis("The negotiation configuration is invalid:\n" + cause.getMessage(),
                "Correct the values named above and start again.", cause);
    }
}
