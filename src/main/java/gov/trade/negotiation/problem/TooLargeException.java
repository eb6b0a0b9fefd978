package gov.trade.negotiation.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An upload over its size limit. */
@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
