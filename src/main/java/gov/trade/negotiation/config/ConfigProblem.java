package gov.trade.negotiation.config;

/** One thing wrong with the configuration: the property key, the value found there and why it is wrong. */
public record ConfigProblem(String key, String value, String reason) {
}
