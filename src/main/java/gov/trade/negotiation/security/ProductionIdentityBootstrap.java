package gov.trade.negotiation.security;

import java.util.List;
import java.util.Properties;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import gov.trade.negotiation.config.InvalidConfigurationException;

/**
 * Outside the dev profile no demo user may sign in: start-up requires an administrator account from the
 * environment (its password is applied to an existing account too) and refuses to go on while a user of
 * {@code config/users-dev.yaml} still has the demo password, e.g. on a database first used in a dev run.
 */
@Component
@Profile("!dev")
class ProductionIdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProductionIdentityBootstrap.class);

    private final IdentitySeeder seeder;
    private final IdentityService identityService;
    private final AdminAccount admin;
    private final ResourceLoader resources;

    ProductionIdentityBootstrap(IdentitySeeder seeder, IdentityService identityService, AdminAccount admin,
            ResourceLoader resources) {
        if (admin.username() == null || admin.username().isBlank()) {
            throw new InvalidConfigurationException(
                    "environment: NEGOTIATION_ADMIN_USERNAME = '': an administrator account is required outside the dev profile");
        }
        if (admin.password() == null || admin.password().length() < MinimumLengthPasswordPolicy.MINIMUM_LENGTH) {
            throw new InvalidConfigurationException("environment: NEGOTIATION_ADMIN_PASSWORD = '(hidden)': must be at least "
                    + MinimumLengthPasswordPolicy.MINIMUM_LENGTH + " characters");
        }
        this.seeder = seeder;
        this.identityService = identityService;
        this.admin = admin;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.seedGroups();
        seeder.seedUser(admin.username(), "Administrator", "", null, admin.password(), List.of(Groups.ADMIN));
        if (!identityService.checkPassword(admin.username(), admin.password())) {
            User account = identityService.createUserQuery().userId(admin.username()).singleResult();
            account.setPassword(admin.password());
            identityService.saveUser(account);
            log.info("Password of administrator {} set from NEGOTIATION_ADMIN_PASSWORD", admin.username());
        }
        DevUsers demo = demoUsers();
        List<String> withDemoPassword = demo.users().stream()
                .map(DevUsers.DevUser::id)
                .filter(id -> !id.equals(admin.username()))
                .filter(id -> identityService.createUserQuery().userId(id).count() > 0)
                .filter(id -> identityService.checkPassword(id, demo.password()))
                .toList();
        if (withDemoPassword.isEmpty()) {
            return;
        }
        if (admin.removeDemoUsers()) {
            withDemoPassword.forEach(identityService::deleteUser);
            log.warn("Demo users deleted (NEGOTIATION_ADMIN_REMOVE_DEMO_USERS): {}", withDemoPassword);
            return;
        }
        throw new InvalidConfigurationException("database: demo users still have the demo password of "
                + admin.demoUsersFile() + ": " + String.join(", ", withDemoPassword) + ". Give them real passwords "
                + "or delete them, or start once with NEGOTIATION_ADMIN_REMOVE_DEMO_USERS=true to delete them");
    }

    /** The demo users as {@code config/users-dev.yaml} lists them (none if the file is not there). */
    private DevUsers demoUsers() {
        Resource file = admin.demoUsersFile().isBlank() ? null : resources.getResource(admin.demoUsersFile());
        if (file == null || !file.exists()) {
            log.info("No demo users file at {}: no demo users to look for", admin.demoUsersFile());
            return new DevUsers(null, List.of());
        }
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(file);
        Properties properties = yaml.getObject();
        DevUsers users = new Binder(new MapConfigurationPropertySource(properties))
                .bind("dev-users", DevUsers.class).orElse(new DevUsers(null, List.of()));
        return users.password() == null ? new DevUsers(null, List.of()) : users;
    }
}
