package gov.trade.negotiation.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Development only: seeds the groups and the demo users of {@code config/users-dev.yaml}. */
@Component
@Profile("dev")
class DevIdentityBootstrap implements ApplicationRunner {

    private final IdentitySeeder seeder;
    private final DevUsers devUsers;

    DevIdentityBootstrap(IdentitySeeder seeder, DevUsers devUsers) {
        this.seeder = seeder;
        this.devUsers = devUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeder.seedGroups();
        devUsers.users().forEach(user -> seeder.seedUser(user.id(), user.firstName(), user.lastName(),
                user.email(), devUsers.password(), user.groups()));
    }
}
