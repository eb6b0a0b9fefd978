/**
 * Notifications: what the workflow tells people (reminders, escalations), recorded with the process step
 * that causes them. Delivery by email builds on this record.
 */
package gov.trade.negotiation.notify;
