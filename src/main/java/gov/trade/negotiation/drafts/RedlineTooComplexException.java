package gov.trade.negotiation.drafts;

import java.time.Duration;

import gov.trade.negotiation.problem.UnprocessableException;

/** Two versions differ too much to compute their redline within the budget: 422 {@code redline-too-complex}. */
public class RedlineTooComplexException extends UnprocessableException {

    RedlineTooComplexException(String trackId, int from, int to, Duration budget) {
        super("redline-too-complex", "Versions " + from + " and " + to + " of " + trackId
                + " differ too much for a redline within " + budget.toMillis() + " ms. Compare them side by side: "
                + "/tracks/" + trackId + "/drafts/" + from + " and /tracks/" + trackId + "/drafts/" + to + ".");
    }
}
