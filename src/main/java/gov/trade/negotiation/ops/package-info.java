/**
 * Running the app as a service: health probes and business metrics for monitoring ({@code /actuator}), the track id
 * in every log line that concerns one track.
 */
package gov.trade.negotiation.ops;
