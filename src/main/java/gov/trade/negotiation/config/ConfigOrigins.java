package gov.trade.negotiation.config;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/** Where a configuration key comes from, for messages that name file, line and column. */
public final class ConfigOrigins {

    private ConfigOrigins() {
    }

    /** The file, line and column a key (or, for a missing key, its nearest parent) comes from. */
    public static String where(String key, ConfigurableEnvironment environment) {
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
