package gov.trade.negotiation.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The administrator outside the dev profile, given by environment (NEGOTIATION_ADMIN_USERNAME/PASSWORD). */
@ConfigurationProperties(prefix = "negotiation.admin")
record AdminAccount(String username, String password) {
}
