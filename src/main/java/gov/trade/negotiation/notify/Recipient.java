package gov.trade.negotiation.notify;

/** One person a mail goes to, from the identity service. */
public record Recipient(String userId, String name, String email) {
}
