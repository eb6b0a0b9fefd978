package gov.trade.negotiation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

class LiteralYamlPropertySourceLoaderTests {

    private static final String YAML = """
            negotiation:
              nations:
                - { code: NO, name: Norway }
                - code: ON
                  name: Ontario
              flags: [Y, n, yes, off, true]
              quoted: "NO"
              empty: []
              nothing: ~
              base: &base { zone: Europe/Oslo }
              merged:
                <<: *base
                name: Merged
            """;

    @Test
    void shouldKeepWhatWasWrittenWhereYamlOneOneWouldReadABoolean() throws Exception {
        PropertySource<?> source = load(YAML).get(0);

        assertThat(source.getProperty("negotiation.nations[0].code")).hasToString("NO");
        assertThat(source.getProperty("negotiation.nations[1].code")).hasToString("ON");
        assertThat(source.getProperty("negotiation.flags[0]")).hasToString("Y");
        assertThat(source.getProperty("negotiation.flags[3]")).hasToString("off");
        assertThat(source.getProperty("negotiation.flags[4]")).hasToString("true");
        assertThat(source.getProperty("negotiation.quoted")).hasToString("NO");
        assertThat(source.getProperty("negotiation.empty")).hasToString("");
        assertThat(source.getProperty("negotiation.nothing")).hasToString("");
        assertThat(source.getProperty("negotiation.merged.zone")).hasToString("Europe/Oslo");
        assertThat(source.getProperty("negotiation.merged.name")).hasToString("Merged");
    }

    @Test
    void shouldRememberTheLineAndColumnOfEveryValue() throws Exception {
        PropertySource<?> source = load(YAML).get(0);

        assertThat(OriginLookup.getOrigin(source, "negotiation.nations[0].code")).hasToString("Byte array resource [test.yaml] - 3:15");
    }

    @Test
    void shouldLoadEveryDocumentOfAFile() throws Exception {
        assertThat(load("a: 1\n---\nb: NO\n")).hasSize(2)
                .satisfies(sources -> assertThat(sources.get(1).getProperty("b")).hasToString("NO"));
    }

    private static List<PropertySource<?>> load(String yaml) throws Exception {
        return new LiteralYamlPropertySourceLoader().load("test", new ByteArrayResource(
                yaml.getBytes(StandardCharsets.UTF_8), "test.yaml"));
    }
}
