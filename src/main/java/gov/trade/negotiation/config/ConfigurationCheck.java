package gov.trade.negotiation.config;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
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
        return "%s: %s = '%s': %s".formatted(where(problem.key(), environment), problem.key(),
                problem.value() == null ? "" : problem.value(), problem.reason());
    }

    /** The file, line and column a key (or, for a missing key, its nearest parent) comes from. */
    static String where(String key, ConfigurableEnvironment environment) {
        for (String candidate = key; !candidate.isEmpty(); candidate = parentOf(candidate)) {
            for (PropertySource<?> source : environment.getPropertySources()) {
                Origin origin = OriginLookup.getOrigin(source, candidate);
                if (origin != null) {
                    return origin.toString();
                }
            }
        }
        return "configuration";
    }

    private static String parentOf(String key) {
        int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
        return cut < 0 ? "" : key.substring(0, cut);
    }
}
