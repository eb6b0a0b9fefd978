package gov.trade.negotiation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.trade.negotiation.config.NegotiationProperties.Deadlines;
import gov.trade.negotiation.config.NegotiationProperties.Nation;
import gov.trade.negotiation.process.TestConfig;

class NegotiationConfigValidatorTests {

    private final NegotiationProperties valid = TestConfig.projectConfig();

    @Test
    void shouldAcceptTheProjectConfiguration() {
        assertThat(NegotiationConfigValidator.validate(valid)).isEmpty();
        assertThat(valid.nations()).hasSize(8);
        assertThat(valid.areas()).hasSize(6);
    }

    @Test
    void shouldNameEveryMissingDeadlineAndNonPositiveDuration() {
        Map<String, Duration> durations = new HashMap<>(valid.deadlines().durations());
        durations.remove("legal-review");
        durations.put("drafting", Duration.ZERO);
        durations.put("lunch", Duration.ofHours(1));
        NegotiationProperties broken = withDeadlines(new Deadlines(durations, Duration.ofDays(-1),
                valid.deadlines().escalationGrace(), true, valid.deadlines().holidays()));

        assertThat(NegotiationConfigValidator.validate(broken)).extracting(ConfigProblem::key, ConfigProblem::value)
                .containsExactlyInAnyOrder(
                        tuple("negotiation.deadlines.durations.legal-review", null),
                        tuple("negotiation.deadlines.durations.drafting", "PT0S"),
                        tuple("negotiation.deadlines.durations.lunch", "PT1H"),
                        tuple("negotiation.deadlines.reminder-before", "PT-24H"));
    }

    @Test
    void shouldRejectANationCodeThatIsNotIsoAlpha2() {
        NegotiationProperties broken = withNations(List.of(Nation.of("JPN", "Japan", List.of())));

        assertThat(NegotiationConfigValidator.validate(broken)).extracting(ConfigProblem::key, ConfigProblem::value)
                .containsExactly(tuple("negotiation.nations[0].code", "JPN"));
    }

    @Test
    void shouldAskToQuoteACodeThatWasReadAsAYesNoValue() {
        NegotiationProperties broken = withNations(List.of(Nation.of("false", "Norway", List.of())));

        assertThat(NegotiationConfigValidator.validate(broken)).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("negotiation.nations[0].code");
            assertThat(problem.reason()).contains("quotes", "\"NO\"");
        });
    }

    @Test
    void shouldAcceptTheEuropeanUnionAsAPartyAndRequireAReasonToWithdraw() {
        List<Nation> nations = new java.util.ArrayList<>(valid.nations());
        nations.add(Nation.of("EU", "European Union", List.of()));
        nations.add(new Nation("NO", "Norway", List.of(), null, new NegotiationProperties.Withdrawal(" "), null, null,
                "17:00-09:00", "XX", null));

        assertThat(NegotiationConfigValidator.validate(withNations(nations)))
                .extracting(ConfigProblem::key, ConfigProblem::value).containsExactlyInAnyOrder(
                        tuple("negotiation.nations[9].withdrawn.reason", " "),
                        tuple("negotiation.nations[9].office-hours", "17:00-09:00"),
                        tuple("negotiation.nations[9].holidays-from", "XX"));
    }

    @Test
    void shouldCheckAPlurilateralAgreementsPartiesAreasAndLeadOffice() {
        List<Nation> nations = new java.util.ArrayList<>(valid.nations());
        nations.add(Nation.of("EU", "European Union", List.of()));
        List<NegotiationProperties.Agreement> agreements = List.of(
                new NegotiationProperties.Agreement("COORD", "Coordinated policy", List.of("JP", "EU"),
                        List.of("SEMICONDUCTORS", "CRITICAL_MINERALS"), "USTR", null),
                new NegotiationProperties.Agreement("JP", "Clash", List.of("JP"), List.of("QUANTUM"), "DOD", null));
        NegotiationProperties config = new NegotiationProperties(valid.programKey(), valid.kickoff(), valid.calendar(),
                nations, valid.areas(), valid.offices(), agreements, valid.deadlines(), valid.meetings(),
                valid.negotiation());

        assertThat(NegotiationConfigValidator.validate(config)).extracting(ConfigProblem::key, ConfigProblem::value)
                .containsExactlyInAnyOrder(
                        tuple("negotiation.agreements[1].code", "JP"),
                        tuple("negotiation.agreements[1].parties", "[JP]"),
                        tuple("negotiation.agreements[1].areas[0]", "QUANTUM"),
                        tuple("negotiation.agreements[1].lead-office", "DOD"));
    }

    @Test
    void shouldRejectAZeroRoundLimit() {
        NegotiationProperties broken = new NegotiationProperties(valid.programKey(), valid.kickoff(), valid.calendar(),
                valid.nations(), valid.areas(), valid.offices(), valid.agreements(), valid.deadlines(), valid.meetings(),
                new NegotiationProperties.Negotiation(0));

        assertThat(NegotiationConfigValidator.validate(broken)).extracting(ConfigProblem::key)
                .containsExactly("negotiation.negotiation.max-rounds");
    }

    @Test
    void shouldNameEveryUnusableMailSetting() {
        MailSettings broken = new MailSettings("not-an-address", "ftp://mail", null,
                new MailSettings.Delivery(Duration.ZERO, 0, 0, Duration.ofMinutes(5), Duration.ofMinutes(1)));

        assertThat(NegotiationConfigValidator.validate(broken)).extracting(ConfigProblem::key, ConfigProblem::value)
                .containsExactlyInAnyOrder(
                        tuple("negotiation.mail.from", "not-an-address"),
                        tuple("negotiation.mail.base-url", "ftp://mail"),
                        tuple("negotiation.mail.digest-time", null),
                        tuple("negotiation.mail.delivery.poll-interval", "PT0S"),
                        tuple("negotiation.mail.delivery.max-retry", "PT1M"),
                        tuple("negotiation.mail.delivery.max-attempts", "0"),
                        tuple("negotiation.mail.delivery.batch-size", "0"));
        assertThat(NegotiationConfigValidator.validate(TestConfig.projectMailSettings())).isEmpty();
    }

    private NegotiationProperties withDeadlines(Deadlines deadlines) {
        return new NegotiationProperties(valid.programKey(), valid.kickoff(), valid.calendar(), valid.nations(),
                valid.areas(), valid.offices(), valid.agreements(), deadlines, valid.meetings(), valid.negotiation());
    }

    private NegotiationProperties withNations(List<Nation> nations) {
        return new NegotiationProperties(valid.programKey(), valid.kickoff(), valid.calendar(), nations,
                valid.areas(), valid.offices(), valid.agreements(), valid.deadlines(), valid.meetings(),
                valid.negotiation());
    }
}
