package gov.trade.negotiation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.NegotiationApplication;

/** Outside the dev profile there are no demo users, and no start without a real administrator. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {

    @Test
    void shouldRefuseToStartWithoutAnAdministratorAccount(CapturedOutput output) {
        assertThatThrownBy(() -> start("prodNoAdmin").close()).isInstanceOf(Exception.class);

        assertThat(output).contains("APPLICATION FAILED TO START").contains("NEGOTIATION_ADMIN_USERNAME");
    }

    @Test
    void shouldRefuseAShortAdministratorPassword(CapturedOutput output) {
        assertThatThrownBy(() -> start("prodShortPassword", "--negotiation.admin.username=root",
                "--negotiation.admin.password=demo").close()).isInstanceOf(Exception.class);

        assertThat(output).contains("NEGOTIATION_ADMIN_PASSWORD").doesNotContain("= 'demo'");
    }

    @Test
    void shouldSeedOnlyTheAdministratorGivenByEnvironment() {
        try (ConfigurableApplicationContext app = start("prodWithAdmin", "--negotiation.admin.username=root",
                "--negotiation.admin.password=a-long-real-secret")) {
            IdentityService identity = app.getBean(IdentityService.class);

            assertThat(identity.checkPassword("root", "a-long-real-secret")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).list()).extracting("id")
                    .containsExactly("root");
            assertThat(identity.createUserQuery().userId("jp-desk").count()).isZero();
            assertThat(identity.createGroupQuery().groupId("desk-jp").count()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String database, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
        all[1] = "--server.port=0";
        all[2] = "--camunda.bpm.job-execution.enabled=false";
        System.arraycopy(args, 0, all, 3, args.length);
        return new SpringApplicationBuilder(NegotiationApplication.class).profiles("prod").run(all);
    }
}
