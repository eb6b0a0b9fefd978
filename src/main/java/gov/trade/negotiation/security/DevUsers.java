package gov.trade.negotiation.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo users of the {@code dev} profile, from {@code config/users-dev.yaml}. */
@ConfigurationProperties(prefix = "dev-users")
record DevUsers(String password, List<DevUser> users) {

    DevUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    record DevUser(String id, String firstName, String lastName, String email, List<String> groups) {
        DevUser {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }
}
