/** Tasks: the inbox, who may see and act on a task, the form of each task type, claim/unclaim/complete. */
package gov.trade.negotiation.tasks;
