package gov.trade.negotiation.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.config.NegotiationProperties.Nation;
import gov.trade.negotiation.process.TestConfig;

class ProgramPlanTests {

    private final NegotiationProperties config = TestConfig.projectConfig();

    @Test
    void shouldPlanOneTrackPerNationAndAreaFromTheProjectConfiguration() {
        List<String> tracks = new ProgramPlan(config).trackIds();

        assertThat(tracks).hasSize(48).doesNotHaveDuplicates()
                .contains("JP-CRITICAL_MINERALS", "AE-TRANSPORTATION_LOGISTICS", "AU-ENERGY");
        assertThat(new ProgramPlan(config).nationCodes()).containsExactly("AU", "GB", "IL", "JP", "KR", "NL", "SG", "AE");
    }

    @Test
    void shouldLimitANationToTheAreasItLists() {
        NegotiationProperties narrowed = new NegotiationProperties(config.programKey(), config.kickoff(),
                config.calendar(),
                List.of(Nation.of("JP", "Japan", List.of()), Nation.of("FR", "France", List.of("ENERGY", "SEMICONDUCTORS"))),
                config.areas(), config.offices(), config.agreements(), config.deadlines(), config.meetings(),
                config.negotiation());

        assertThat(new ProgramPlan(narrowed).trackIds()).hasSize(8).contains("FR-ENERGY", "FR-SEMICONDUCTORS")
                .noneMatch(track -> track.equals("FR-CRITICAL_MINERALS"));
    }
}
