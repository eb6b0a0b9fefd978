package gov.trade.negotiation.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A well-formed request the app cannot answer as asked; {@code type} names the problem (e.g. redline-too-complex). */
@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
public class UnprocessableException extends RuntimeException {

    private final String type;

    public UnprocessableException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
