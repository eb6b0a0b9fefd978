/**
 * The JSON API as a whole: its OpenAPI description (info from the build, HTTP Basic, the problem types as
 * documented errors) and the paging that the lists share.
 */
package gov.trade.negotiation.api;
