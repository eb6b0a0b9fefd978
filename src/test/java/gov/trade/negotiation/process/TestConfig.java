package gov.trade.negotiation.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import gov.trade.negotiation.config.AuthoritySettings;
import gov.trade.negotiation.config.LiteralYamlPropertySourceLoader;
import gov.trade.negotiation.config.MailSettings;
import gov.trade.negotiation.config.NegotiationProperties;

/** Binds a negotiation YAML file the way the application does, without starting Spring. */
public final class TestConfig {

    public static final Path PROJECT_CONFIG = Path.of("config/negotiation.yaml");

    private TestConfig() {
    }

    public static NegotiationProperties projectConfig() {
        return load(PROJECT_CONFIG);
    }

    public static NegotiationProperties load(Path file) {
        return bind(file, NegotiationProperties.PREFIX, NegotiationProperties.class);
    }

    public static AuthoritySettings projectAuthority() {
        return bind(PROJECT_CONFIG, AuthoritySettings.PREFIX, AuthoritySettings.class);
    }

    public static MailSettings projectMailSettings() {
        return bind(PROJECT_CONFIG, MailSettings.PREFIX, MailSettings.class);
    }

    private static <T> T bind(Path file, String prefix, Class<T> type) {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new LiteralYamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file))
                    .forEach(source -> environment.getPropertySources().addLast(source));
            return new Binder(ConfigurationPropertySources.get(environment))
                    .bind(prefix, type)
                    .orElseThrow(() -> new IllegalStateException("No " + prefix + " settings in " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
