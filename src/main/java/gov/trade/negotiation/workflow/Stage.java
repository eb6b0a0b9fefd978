package gov.trade.negotiation.workflow;

/** A stage a task of some process belongs to: a stable name (filters, CSS, JSON) and the label people read. */
public interface Stage {

    String name();

    String label();
}
