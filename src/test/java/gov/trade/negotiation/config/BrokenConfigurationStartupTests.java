package gov.trade.negotiation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import gov.trade.negotiation.process.TestConfig;

/**
 * A broken config file stops start-up with a message that names the file, the key and the value. Each case
 * edits a copy of the project's own config file, as an operator would.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenConfigurationStartupTests {

    @TempDir
    Path folder;

    @Test
    void shouldNameAnUnknownAreaCode(CapturedOutput output) throws IOException {
        Path file = brokenCopy("- { code: JP, name: Japan, zone: Asia/Tokyo }",
                "- { code: JP, name: Japan, zone: Asia/Tokyo, areas: [ENERGY, QUANTUM] }");

        assertStartupFailsNaming(output, file, "negotiation.nations[3].areas[1]", "QUANTUM");
    }

    @Test
    void shouldNameADuplicateNationCode(CapturedOutput output) throws IOException {
        Path file = brokenCopy("code: KR, name: South Korea", "code: JP, name: South Korea");

        assertStartupFailsNaming(output, file, "negotiation.nations[4].code", "JP");
        assertThat(output).contains("duplicate nation code");
    }

    @Test
    void shouldNameAMalformedDuration(CapturedOutput output) throws IOException {
        Path file = brokenCopy("drafting: P14D", "drafting: P14X");

        assertStartupFailsNaming(output, file, "negotiation.deadlines.durations.drafting", "P14X");
    }

    @Test
    void shouldNameANegativeDuration(CapturedOutput output) throws IOException {
        Path file = brokenCopy("legal-review: P10D", "legal-review: -P10D");

        assertStartupFailsNaming(output, file, "negotiation.deadlines.durations.legal-review", "PT-240H");
    }

    @Test
    void shouldNameAnEmptyNationList(CapturedOutput output) throws IOException {
        Path file = writeConfig(Files.readString(TestConfig.PROJECT_CONFIG)
                .replaceAll("(?s)  nations:\\n(    - \\{[^\\n]*\\n)+", "  nations: []\n"));

        assertStartupFailsNaming(output, file, "negotiation.nations", "[]");
    }

    @Test
    void shouldNameAMailBaseUrlThatIsNotAnAbsoluteUrl(CapturedOutput output) throws IOException {
        Path file = brokenCopy("base-url: http://localhost:8080", "base-url: localhost:8080/");

        assertStartupFailsNaming(output, file, "negotiation.mail.base-url", "localhost:8080/");
    }

    @Test
    void shouldNameAZeroMaximumOfDeliveryAttempts(CapturedOutput output) throws IOException {
        Path file = brokenCopy("max-attempts: 12", "max-attempts: 0");

        assertStartupFailsNaming(output, file, "negotiation.mail.delivery.max-attempts", "0");
    }

    @Test
    void shouldNameADuplicateHoliday(CapturedOutput output) throws IOException {
        Path file = brokenCopy("holidays: [2025-12-25, 2026-01-01,", "holidays: [2025-12-25, 2025-12-25,");

        assertStartupFailsNaming(output, file, "negotiation.deadlines.holidays[1]", "2025-12-25");
        assertThat(output).contains("duplicate holiday");
    }

    @Test
    void shouldNameOfficeHoursThatEndBeforeTheyBegin(CapturedOutput output) throws IOException {
        Path file = brokenCopy("office-hours: 09:00-17:00", "office-hours: 17:00-09:00");

        assertStartupFailsNaming(output, file, "negotiation.calendar.office-hours", "17:00-09:00");
    }

    @Test
    void shouldNameAnAgreementWithAnUnknownParty(CapturedOutput output) throws IOException {
        Path file = brokenCopy("  agreements: []", "  agreements:\n"
                + "    - { code: COORD, name: Coordinated policy, parties: [JP, EU], lead-office: USTR }");

        assertStartupFailsNaming(output, file, "negotiation.agreements[0].parties[1]", "EU");
    }

    private Path brokenCopy(String original, String broken) throws IOException {
        String config = Files.readString(TestConfig.PROJECT_CONFIG);
        assertThat(config).contains(original);
        return writeConfig(config.replace(original, broken));
    }

    private Path writeConfig(String config) throws IOException {
        Path file = folder.resolve("negotiation.yaml");
        Files.writeString(file, config);
        return file;
    }

    private static void assertStartupFailsNaming(CapturedOutput output, Path file, String key, String value) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ConfigurationOnly.class)
                .web(WebApplicationType.NONE)
                .run("--negotiation.config-file=file:" + file).close())
                .isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains(file.toString())
                .contains(key)
                .contains(value);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({NegotiationProperties.class, MailSettings.class, AuthoritySettings.class})
    @Import(ConfigurationCheck.class)
    static class ConfigurationOnly {
    }
}
