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

    @Test
    void shouldPlanAgreementTracksWithTheirJoiningDatesAndLeaveOutWithdrawnNations() {
        List<Nation> nations = List.of(Nation.of("JP", "Japan", List.of("ENERGY")),
                new Nation("EU", "European Union", List.of("ENERGY"), java.time.LocalDate.of(2026, 3, 1), null, null,
                        null, null, null, null),
                new Nation("NL", "Netherlands", List.of(), null, new NegotiationProperties.Withdrawal("Left"), null,
                        null, null, null, null));
        NegotiationProperties withAgreement = new NegotiationProperties(config.programKey(), config.kickoff(),
                config.calendar(), nations, config.areas(), config.offices(),
                List.of(new NegotiationProperties.Agreement("COORD", "Coordinated policy", List.of("JP", "EU"),
                        List.of("SEMICONDUCTORS", "CRITICAL_MINERALS"), "USTR", null)),
                config.deadlines(), config.meetings(), config.negotiation());

        assertThat(new ProgramPlan(withAgreement).members()).containsExactly(
                new ProgramPlan.Member(MemberKind.TRACK, "JP-ENERGY", "JP", null),
                new ProgramPlan.Member(MemberKind.TRACK, "EU-ENERGY", "EU", java.time.LocalDate.of(2026, 3, 1)),
                new ProgramPlan.Member(MemberKind.TRACK, "COORD-CRITICAL_MINERALS", "COORD", null),
                new ProgramPlan.Member(MemberKind.TRACK, "COORD-SEMICONDUCTORS", "COORD", null),
                new ProgramPlan.Member(MemberKind.SERIES, "JP", "JP", null),
                new ProgramPlan.Member(MemberKind.SERIES, "EU", "EU", java.time.LocalDate.of(2026, 3, 1)));
    }
}
