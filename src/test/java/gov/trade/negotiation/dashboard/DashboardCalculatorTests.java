package gov.trade.negotiation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.dashboard.TrackFacts.OpenTask;
import gov.trade.negotiation.dashboard.TrackFacts.TrackRow;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.track.TrackProcess;

/** The matrix and its figures from facts alone, without an engine. */
class DashboardCalculatorTests {

    private static final Instant NOW = Instant.parse("2026-02-01T12:00:00Z");

    private final NegotiationProperties config = TestConfig.projectConfig();
    private final DashboardCalculator calculator = new DashboardCalculator(config);

    private final TrackFacts facts = new TrackFacts(
            List.of(new TrackRow("1", "JP-ENERGY", NOW.minus(Duration.ofDays(30)), null, null),
                    new TrackRow("2", "JP-SEMICONDUCTORS", NOW.minus(Duration.ofDays(30)), null, null),
                    new TrackRow("3", "KR-ENERGY", NOW.minus(Duration.ofDays(30)), NOW, TrackProcess.END_EVENT_WITHDRAWN),
                    new TrackRow("9", "XX-NOWHERE", NOW, null, null)),
            List.of(new OpenTask("t1", "1", TrackProcess.USER_TASK_DRAFT_TEXT, "Draft", NOW.minus(Duration.ofDays(1)), null),
                    new OpenTask("t2", "2", TrackProcess.USER_TASK_DECIDE_STALLED, "Decide", NOW.plus(Duration.ofDays(2)), "pm")),
            List.of(), List.of(), Set.of("JP-SEMICONDUCTORS"), List.of());

    @Test
    void shouldLayTheConfiguredNationsAndAreasOutAsAMatrix() {
        Dashboard dashboard = calculator.compute(facts, Scope.all(), NOW, 100);

        assertThat(dashboard.matrix().rows()).extracting(Dashboard.Row::nation)
                .containsExactly("AU", "GB", "IL", "JP", "KR", "NL", "SG", "AE");
        assertThat(dashboard.matrix().areas()).hasSize(6);
        Dashboard.Row jp = dashboard.matrix().rows().get(3);
        assertThat(jp.cells().get(0)).isEqualTo(new Dashboard.Cell("ENERGY", "JP-ENERGY", "DRAFTING", 1, false, false));
        assertThat(jp.cells().get(2)).isEqualTo(
                new Dashboard.Cell("SEMICONDUCTORS", "JP-SEMICONDUCTORS", "STALLED", 0, true, true));
        assertThat(dashboard.matrix().rows().get(4).cells().get(0).stage()).isEqualTo("WITHDRAWN");
        assertThat(dashboard.trackCount()).isEqualTo(48);
        assertThat(dashboard.totals()).contains(new Dashboard.StageCount(Dashboard.NOT_STARTED, 45));
        assertThat(dashboard.overdueTaskCount()).isEqualTo(1);
        assertThat(dashboard.upcomingDeadlines()).extracting(Dashboard.TaskLine::track).containsExactly("JP-SEMICONDUCTORS");
        assertThat(dashboard.cycleTimes()).allSatisfy(cycle -> assertThat(cycle.medianDays()).isNull());
    }

    @Test
    void shouldLimitADeskToItsRowAndALeadToItsColumn() {
        Dashboard desk = calculator.compute(facts, Scope.of(Set.of("JP"), Set.of()), NOW, 100);
        Dashboard lead = calculator.compute(facts, Scope.of(Set.of(), Set.of("ENERGY")), NOW, 100);

        assertThat(desk.matrix().rows()).extracting(Dashboard.Row::nation).containsExactly("JP");
        assertThat(desk.trackCount()).isEqualTo(6);
        assertThat(lead.matrix().areas()).extracting(Dashboard.Column::code).containsExactly("ENERGY");
        assertThat(lead.matrix().rows()).hasSize(8).allSatisfy(row -> assertThat(row.cells()).hasSize(1));
        assertThat(lead.upcomingDeadlines()).isEmpty();
        assertThat(lead.overdueTaskCount()).isEqualTo(1);
    }

    @Test
    void shouldCutListsButNotTheirCountsAndWriteSafeCsv() {
        Dashboard cut = calculator.compute(facts, Scope.all(), NOW.plus(Duration.ofDays(5)), 1);

        assertThat(cut.overdueTaskCount()).isEqualTo(2);
        assertThat(cut.overdueTasks()).hasSize(1);
        assertThat(CsvExport.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvExport.matrix(cut).lines()).hasSize(9).element(4)
                .isEqualTo("JP,Japan,DRAFTING; 1 overdue,NOT_STARTED,STALLED; 1 overdue; stalled; escalated,"
                        + "NOT_STARTED,NOT_STARTED,NOT_STARTED");
    }

    @Test
    void shouldShowAPlurilateralAgreementAsItsOwnRowForItsPartiesDesks() {
        java.util.List<NegotiationProperties.Nation> nations = new java.util.ArrayList<>(config.nations());
        nations.add(NegotiationProperties.Nation.of("EU", "European Union", List.of()));
        NegotiationProperties withAgreement = new NegotiationProperties(config.programKey(), config.kickoff(),
                config.calendar(), nations, config.areas(), config.offices(),
                List.of(new NegotiationProperties.Agreement("COORD", "Coordinated trade policy", List.of("JP", "EU"),
                        List.of("SEMICONDUCTORS", "CRITICAL_MINERALS"), "USTR", null)),
                config.deadlines(), config.meetings(), config.negotiation());
        TrackFacts coordinated = new TrackFacts(
                List.of(new TrackRow("c1", "COORD-SEMICONDUCTORS", NOW.minus(Duration.ofDays(3)), null, null)),
                List.of(new OpenTask("c1t", "c1", TrackProcess.USER_TASK_DRAFT_TEXT, "Draft", NOW.plus(Duration.ofDays(9)), null)),
                List.of(), List.of(), Set.of(), List.of());
        DashboardCalculator plurilateral = new DashboardCalculator(withAgreement);

        Dashboard all = plurilateral.compute(coordinated, Scope.all(), NOW, 100);
        Dashboard.Row row = all.matrix().rows().get(all.matrix().rows().size() - 1);
        assertThat(row.nation()).isEqualTo("COORD");
        assertThat(row.name()).isEqualTo("Coordinated trade policy");
        assertThat(row.cells()).extracting(Dashboard.Cell::track)
                .containsExactly(null, "COORD-CRITICAL_MINERALS", "COORD-SEMICONDUCTORS", null, null, null);
        assertThat(row.cells().get(2).stage()).isEqualTo("DRAFTING");
        assertThat(all.trackCount()).isEqualTo(54 + 2);

        Dashboard japanDesk = plurilateral.compute(coordinated, Scope.of(Set.of("JP", "COORD"), Set.of()), NOW, 100);
        assertThat(japanDesk.matrix().rows()).extracting(Dashboard.Row::nation).containsExactly("JP", "COORD");
    }

    @Test
    void shouldGiveAnAgreementItsColumnsWhereNoNationNegotiatesItsAreas() {
        NegotiationProperties energyOnly = new NegotiationProperties(config.programKey(), config.kickoff(),
                config.calendar(), List.of(NegotiationProperties.Nation.of("JP", "Japan", List.of("ENERGY")),
                        NegotiationProperties.Nation.of("EU", "European Union", List.of("ENERGY"))),
                config.areas(), config.offices(),
                List.of(new NegotiationProperties.Agreement("COORD", "Coordinated trade policy", List.of("JP", "EU"),
                        List.of("SEMICONDUCTORS"), "USTR", null)),
                config.deadlines(), config.meetings(), config.negotiation());
        TrackFacts coordinated = new TrackFacts(
                List.of(new TrackRow("c1", "COORD-SEMICONDUCTORS", NOW.minus(Duration.ofDays(3)), null, null)),
                List.of(new OpenTask("c1t", "c1", TrackProcess.USER_TASK_DRAFT_TEXT, "Draft", NOW.plus(Duration.ofDays(9)), null)),
                List.of(), List.of(), Set.of(), List.of());
        DashboardCalculator calculator = new DashboardCalculator(energyOnly);

        for (Scope scope : List.of(Scope.all(), Scope.of(Set.of("JP", "COORD"), Set.of()))) {
            Dashboard dashboard = calculator.compute(coordinated, scope, NOW, 100);
            assertThat(dashboard.matrix().areas()).extracting(Dashboard.Column::code)
                    .containsExactly("ENERGY", "SEMICONDUCTORS");
            assertThat(dashboard.matrix().rows()).extracting(Dashboard.Row::nation).contains("JP", "COORD");
            assertThat(dashboard.matrix().rows().get(dashboard.matrix().rows().size() - 1).cells())
                    .extracting(Dashboard.Cell::track).containsExactly(null, "COORD-SEMICONDUCTORS");
        }
    }
}
