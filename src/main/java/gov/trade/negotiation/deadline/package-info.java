/** Deadlines: due dates, reminder and escalation timers of every user task, from configuration. */
package gov.trade.negotiation.deadline;
