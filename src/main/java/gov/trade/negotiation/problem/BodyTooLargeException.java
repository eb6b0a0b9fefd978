package gov.trade.negotiation.problem;

import java.io.IOException;

/** Reading a request body stopped at the size limit; whoever was reading it answers 413. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long maxBytes) {
        super("The request body is over " + maxBytes + " bytes.");
    }
}
