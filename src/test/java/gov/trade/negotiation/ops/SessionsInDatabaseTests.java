package gov.trade.negotiation.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import gov.trade.negotiation.NegotiationApplication;

/** A user signed in on one node is signed in on every node that shares the database: the session lives there. */
class SessionsInDatabaseTests {

    private static final String DATABASE = "jdbc:h2:mem:sessionsInDatabaseTests;DB_CLOSE_DELAY=-1";

    @Test
    void shouldServeASessionStartedOnOneNodeFromAnother() {
        try (ConfigurableApplicationContext node1 = start(); ConfigurableApplicationContext node2 = start()) {
            String session = FormSignIn.signIn(baseUrl(node1), "jp-desk", "demo");

            assertThat(FormSignIn.page(baseUrl(node2), "/inbox", session).statusCode()).isEqualTo(200);
            assertThat(node2.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from spring_session where principal_name = 'jp-desk'", Integer.class)).isEqualTo(1);
            assertThat(FormSignIn.page(baseUrl(node2), "/inbox", "not-a-session").statusCode()).isEqualTo(302);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NegotiationApplication.class).profiles("dev")
                .run("--spring.datasource.url=" + DATABASE, "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--dashboard.refresh-enabled=false");
    }

    private static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
