package gov.trade.negotiation.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.web.Http;

/**
 * Health for anyone with the status only (and UP while the mail server is unreachable), the business gauges for
 * administrators with the figures the database holds. (Who may read what, per role, is in AuthorizationMatrixTests.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:actuatorTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "dashboard.refresh-enabled=false", "dashboard.max-age=PT0S",
        // a mail server that is not there: health must stay UP (mail waits in the outbox)
        "spring.mail.host=127.0.0.1", "spring.mail.port=9"})
@ActiveProfiles("dev")
@AutoConfigureObservability(tracing = false) // the Prometheus endpoint, which tests leave out by default
class ActuatorTests {

    private final ProgramService programs;
    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private final Http http;

    ActuatorTests(@Autowired ProgramService programs, @Autowired ManagementService managementService,
            @Autowired JdbcTemplate jdbc, @LocalServerPort int port) {
        this.programs = programs;
        this.managementService = managementService;
        this.jdbc = jdbc;
        this.http = new Http(port);
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void shouldAnswerHealthToAnyoneWithTheStatusAndNothingElse(String path) {
        HttpResponse<String> response = http.get(null, path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void shouldShowEachIndicatorToAdministratorsOnly() {
        assertThat(http.get(null, "/actuator/health/db").statusCode()).isEqualTo(404);
        assertThat(http.get("pm", "/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");

        String readiness = http.get("admin", "/actuator/health/readiness").body();

        assertThat(readiness).contains("\"db\":{\"status\":\"UP\"", "\"processEngine\":{\"status\":\"UP\"",
                "\"readinessState\":{\"status\":\"UP\"}").doesNotContain("mail");
        assertThat(http.get("admin", "/actuator/health").body()).doesNotContain("\"mail\"");
    }

    @Test
    void shouldShowTheProgramsFiguresToAdministrators() {
        ProgramJobs.kickoff(programs, managementService);
        Instant later = Instant.now().plus(Duration.ofDays(60));
        ClockUtil.setCurrentTime(Date.from(later));
        HttpResponse<String> dashboard = http.get("admin", "/api/dashboard"); // stores a fresh snapshot
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(200);

        HttpResponse<String> scrape = http.get("admin", "/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(value(metrics, "negotiation_tracks", "stage=\"DRAFTING\"")).isEqualTo(48);
        assertThat(value(metrics, "negotiation_tracks", "stage=\"SIGNED\"")).isZero();
        assertThat(value(metrics, "negotiation_tasks_overdue", null)).isEqualTo(48);
        assertThat(value(metrics, "negotiation_escalations_open", null)).isZero();
        assertThat(value(metrics, "negotiation_timers", null)).isEqualTo(
                count("select count(*) from ACT_RU_JOB where TYPE_ = 'timer'"));
        assertThat(value(metrics, "negotiation_jobs_due", null))
                .isEqualTo(count("select count(*) from ACT_RU_JOB where DUEDATE_ <= ? and RETRIES_ > 0",
                        Timestamp.from(later)))
                .isGreaterThanOrEqualTo(48); // at least every drafting task's reminder
        assertThat(value(metrics, "negotiation_outbox_pending", null))
                .isEqualTo(count("select count(*) from outbox_mail where status = 'PENDING'")).isPositive();
        assertThat(value(metrics, "negotiation_outbox_failed", null)).isZero();
        assertThat(value(metrics, "negotiation_mails_sent", null)).isZero();
        assertThat(value(metrics, "negotiation_outbox_oldest_pending_age_seconds", null)).isGreaterThanOrEqualTo(0);
    }

    private double count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    /** The value of one series in the Prometheus text format; {@code label} picks one of several. */
    static double value(String metrics, String name, String label) {
        Pattern line = Pattern.compile("^" + name + "\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(metrics);
        while (matcher.find()) {
            if (label == null || matcher.group(1).contains(label)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no series " + name + (label == null ? "" : "{" + label + "}") + " in:\n" + metrics);
    }
}
