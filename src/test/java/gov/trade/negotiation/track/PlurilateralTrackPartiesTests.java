package gov.trade.negotiation.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.config.NegotiationProperties.Agreement;
import gov.trade.negotiation.config.NegotiationProperties.Nation;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.security.CurrentUser;

/** A plurilateral track's parties and lead come from the configured agreement; desks see the tracks they are party to. */
class PlurilateralTrackPartiesTests {

    private final TrackParties parties = new TrackParties(withCoordinatedPolicy());
    private final TrackAccess access = new TrackAccess(parties);

    @Test
    void shouldTakeTheAgreementsPartiesAndLeadOfficeForItsTracks() {
        assertThat(parties.of("COORD-SEMICONDUCTORS")).containsExactly("JP", "EU");
        assertThat(parties.leadGroupOf("COORD-SEMICONDUCTORS")).isEqualTo("office-ustr");
        assertThat(parties.withUnitedStates("COORD-SEMICONDUCTORS")).containsExactly("JP", "EU", "US");
        assertThat(parties.groupFor("COORD-SEMICONDUCTORS", "EU")).isEqualTo("desk-eu");
        assertThat(parties.groupFor("COORD-SEMICONDUCTORS", "US")).isEqualTo("office-ustr");
    }

    @Test
    void shouldKeepABilateralTrackWithItsNationAndDesk() {
        assertThat(parties.of("JP-ENERGY")).containsExactly("JP");
        assertThat(parties.leadGroupOf("JP-ENERGY")).isEqualTo("desk-jp");
    }

    @Test
    void shouldLetEachPartysDeskAndTheLeadOfficeWorkOnAPlurilateralTrackAndNoOtherDesk() {
        TrackId coordinated = TrackId.parse("COORD-SEMICONDUCTORS");

        assertThat(access.canWriteDrafts(user("desk-jp"), coordinated)).isTrue();
        assertThat(access.canWriteDrafts(user("desk-eu"), coordinated)).isTrue();
        assertThat(access.canWriteDrafts(user("office-ustr"), coordinated)).isTrue();
        assertThat(access.canRead(user("desk-kr"), coordinated)).isFalse();
        assertThat(access.canRead(user("office-ustr"), TrackId.parse("KR-ENERGY"))).isFalse();
    }

    private static CurrentUser user(String group) {
        return new CurrentUser("someone", Set.of(group));
    }

    private static NegotiationProperties withCoordinatedPolicy() {
        NegotiationProperties config = TestConfig.projectConfig();
        List<Nation> nations = new ArrayList<>(config.nations());
        nations.add(Nation.of("EU", "European Union", List.of()));
        return new NegotiationProperties(config.programKey(), config.kickoff(), config.calendar(), nations,
                config.areas(), config.offices(),
                List.of(new Agreement("COORD", "Coordinated trade policy", List.of("JP", "EU"),
                        List.of("SEMICONDUCTORS", "CRITICAL_MINERALS"), "USTR", null)),
                config.deadlines(), config.meetings(), config.negotiation());
    }
}
