/** Tracks: one bilateral negotiation per nation and focus area, carried by {@code bilateralTrack.bpmn}. */
package gov.trade.negotiation.track;
