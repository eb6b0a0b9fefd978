package gov.trade.negotiation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import gov.trade.negotiation.process.TestConfig;

/** Party codes are text as written, also the ones YAML 1.1 reads as yes/no values. */
class PartyCodeTests {

    @TempDir
    Path folder;

    @Test
    void shouldReadNorwayOntarioAndTheEuropeanUnionUnquoted() throws IOException {
        String config = Files.readString(TestConfig.PROJECT_CONFIG).replace("  nations:\n", """
                  nations:
                    - { code: NO, name: Norway, zone: Europe/Oslo }
                    - { code: ON, name: Ontario test party }
                    - { code: EU, name: European Union, zone: Europe/Brussels, holidays-from: none }
                """);
        Path file = folder.resolve("negotiation.yaml");
        Files.writeString(file, config);

        NegotiationProperties properties = TestConfig.load(file);

        assertThat(properties.nations()).extracting(NegotiationProperties.Nation::code).startsWith("NO", "ON", "EU");
        assertThat(NegotiationConfigValidator.validate(properties)).isEmpty();
        assertThat(properties.deadlines().workingDays()).as("true stays a boolean where one is wanted").isTrue();
    }
}
