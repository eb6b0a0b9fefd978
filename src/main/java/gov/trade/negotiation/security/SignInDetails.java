package gov.trade.negotiation.security;

import java.io.Serializable;

/** Who signed in from where, and whether the password was verified for this request or found in the cache. */
record SignInDetails(String client, boolean fromCache) implements Serializable {
}
