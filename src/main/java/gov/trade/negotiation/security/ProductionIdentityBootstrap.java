package gov.trade.negotiation.security;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.InvalidConfigurationException;

/**
 * Outside the dev profile no demo user exists: start-up requires an administrator account from the
 * environment and refuses to go on without one.
 */
@Component
@Profile("!dev")
class ProductionIdentityBootstrap implements ApplicationRunner {

    static final int MINIMUM_PASSWORD_LENGTH = 12;

    private final IdentitySeeder seeder;
    private final AdminAccount admin;

    ProductionIdentityBootstrap(IdentitySeeder seeder, AdminAccount admin) {
        if (admin.username() == null || admin.username().isBlank()) {
            throw new InvalidConfigurationException(
                    "environment: NEGOTIATION_ADMIN_USERNAME = '': an administrator account is required outside the dev profile");
        }
        if (admin.password() == null || admin.password().length() < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidConfigurationException("environment: NEGOTIATION_ADMIN_PASSWORD = '(hidden)': must be at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        this.seeder = seeder;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.seedGroups();
        seeder.seedUser(admin.username(), "Administrator", "", null, admin.password(), List.of(Groups.ADMIN));
    }
}
