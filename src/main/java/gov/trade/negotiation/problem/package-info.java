/** Errors shared by the features, and their RFC 9457 problem bodies on the JSON API. */
package gov.trade.negotiation.problem;
