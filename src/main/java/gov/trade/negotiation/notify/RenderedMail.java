package gov.trade.negotiation.notify;

/** A mail as its recipient will read it: subject, plain text and HTML. */
record RenderedMail(String subject, String text, String html) {
}
