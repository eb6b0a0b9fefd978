/** Security: sign-in against Camunda's identity store, the same rules on every path, identity seeding. */
package gov.trade.negotiation.security;
