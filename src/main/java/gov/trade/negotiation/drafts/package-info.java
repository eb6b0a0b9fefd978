/** Drafts: versions of a track's agreement text, redlines between versions, comments. */
package gov.trade.negotiation.drafts;
