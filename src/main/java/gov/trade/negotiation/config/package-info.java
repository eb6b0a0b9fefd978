/**
 * Configuration: nations, focus areas, kickoff, deadlines, meeting cadence and negotiation rules, bound from
 * {@code config/negotiation.yaml} and validated at start-up.
 */
package gov.trade.negotiation.config;
