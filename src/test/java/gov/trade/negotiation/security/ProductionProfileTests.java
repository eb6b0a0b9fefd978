package gov.trade.negotiation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import gov.trade.negotiation.NegotiationApplication;

/**
 * Outside the dev profile there are no demo users, and no start without a real administrator: a database that
 * still holds demo users with the demo password (from a dev run) is refused, and the administrator's password from
 * the environment is applied.
 */
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

    @Test
    void shouldRefuseToStartOnADatabaseWhoseDemoUsersStillHaveTheDemoPasswordNamingThem(CapturedOutput output)
            throws Exception {
        String database = fileDatabase("demoUsersLeft");
        try (ConfigurableApplicationContext dev = startOn(database, "dev")) {
            assertThat(dev.getBean(IdentityService.class).checkPassword("jp-desk", "demo")).isTrue();
        }

        assertThatThrownBy(() -> startOn(database, "prod", "--negotiation.admin.username=admin",
                "--negotiation.admin.password=a-long-real-secret").close()).isInstanceOf(Exception.class);

        assertThat(output).contains("APPLICATION FAILED TO START").contains("demo users still have the demo password")
                .contains("jp-desk").contains("kr-desk").contains("minerals-lead")
                .contains("NEGOTIATION_ADMIN_REMOVE_DEMO_USERS");
        assertThat(output.toString().lines().filter(line -> line.contains("demo users still have")))
                .noneMatch(line -> line.contains(" admin,") || line.contains(": admin"));

        try (ConfigurableApplicationContext prod = startOn(database, "prod", "--negotiation.admin.username=admin",
                "--negotiation.admin.password=a-long-real-secret", "--negotiation.admin.remove-demo-users=true")) {
            IdentityService identity = prod.getBean(IdentityService.class);

            assertThat(identity.checkPassword("admin", "a-long-real-secret")).isTrue();
            assertThat(identity.checkPassword("admin", "demo")).isFalse();
            assertThat(identity.createUserQuery().userId("jp-desk").count()).isZero();
            assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).list()).extracting("id")
                    .containsExactly("admin");
        }
    }

    @Test
    void shouldApplyTheAdministratorPasswordFromTheEnvironmentToAnExistingAccount() throws Exception {
        String database = fileDatabase("adminPasswordChanged");
        startOn(database, "prod", "--negotiation.admin.username=root", "--negotiation.admin.password=the-first-secret")
                .close();

        try (ConfigurableApplicationContext app = startOn(database, "prod", "--negotiation.admin.username=root",
                "--negotiation.admin.password=the-second-secret")) {
            IdentityService identity = app.getBean(IdentityService.class);

            assertThat(identity.checkPassword("root", "the-second-secret")).isTrue();
            assertThat(identity.checkPassword("root", "the-first-secret")).isFalse();
            User shortPassword = identity.newUser("someone");
            shortPassword.setPassword("demo");
            assertThatThrownBy(() -> identity.saveUser(shortPassword)).hasMessageContaining("policy");
        }
    }

    private static String fileDatabase(String name) throws Exception {
        Path directory = Files.createTempDirectory(name);
        return "jdbc:h2:file:" + directory.resolve("negotiation").toAbsolutePath() + ";AUTO_SERVER=FALSE";
    }

    private static ConfigurableApplicationContext startOn(String url, String profile, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.datasource.url=" + url;
        all[1] = "--server.port=0";
        all[2] = "--camunda.bpm.job-execution.enabled=false";
        System.arraycopy(args, 0, all, 3, args.length);
        return new SpringApplicationBuilder(NegotiationApplication.class).profiles(profile).run(all);
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
