package gov.trade.negotiation.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator outside the dev profile, given by environment (NEGOTIATION_ADMIN_USERNAME/PASSWORD). Demo users
 * are those of {@code demoUsersFile} (default {@code config/users-dev.yaml}); {@code removeDemoUsers}
 * (NEGOTIATION_ADMIN_REMOVE_DEMO_USERS=true) deletes those still holding the demo password instead of refusing to start.
 */
@ConfigurationProperties(prefix = "negotiation.admin")
record AdminAccount(String username, String password, String demoUsersFile, boolean removeDemoUsers) {

    AdminAccount {
        demoUsersFile = demoUsersFile == null ? "file:./config/users-dev.yaml" : demoUsersFile;
    }
}
