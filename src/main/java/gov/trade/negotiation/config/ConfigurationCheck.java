package gov.trade.negotiation.config;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

/**
 * Stops start-up when the negotiation configuration is unusable, naming the file, key and value of every problem.
 */
@Component
class ConfigurationCheck {

    ConfigurationCheck(NegotiationProperties properties, MailSettings mail, AuthoritySettings authority,
            ConfigurableEnvironment environment) {
        List<ConfigProblem> problems = new java.util.ArrayList<>(NegotiationConfigValidator.validate(properties));
        problems.addAll(NegotiationConfigValidator.validate(mail));
        problems.addAll(NegotiationConfigValidator.validate(authority, properties));
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems.stream()
                    .map(problem -> describe(problem, environment))
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(ConfigProblem problem, ConfigurableEnvironment environment) {
        return "%s: %s = '%s': %s".formatted(ConfigOrigins.where(problem.key(), environment), problem.key(),
                problem.value() == null ? "" : problem.value(), problem.reason());
    }
}
