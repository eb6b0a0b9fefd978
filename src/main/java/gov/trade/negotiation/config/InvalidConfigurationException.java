package gov.trade.negotiation.config;

/** The configuration cannot be used; the message names file, key and value of each problem. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
