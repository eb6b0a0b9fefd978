package gov.trade.negotiation.workflow;

/** The task a vocabulary is asked about. */
public record TaskRef(String id, String key, String processInstanceId, String businessKey) {
}
