package gov.trade.negotiation.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.notify.MailServer;
import gov.trade.negotiation.notify.OutboxDelivery;
import gov.trade.negotiation.notify.ReceivedMail;
import gov.trade.negotiation.process.TestConfig;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.web.Http;

/**
 * A plurilateral agreement (the United States with Japan and the European Union, on two areas, led by USTR) kicked
 * off from config and one of its tracks carried from drafting to REPORTED through the JSON API: USTR's staff do the
 * lead's tasks, each party's desk records its own answer and its own signature. One party's markup sends the text
 * back for everyone once the round's answers are in; the text is initialed only when every party agreed; the track
 * is signed once every party signed. Another nation's desk neither sees nor touches it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        args = "--negotiation.config-file=file:" + PlurilateralTrackApiTests.CONFIG_FILE, properties = {
        "spring.datasource.url=jdbc:h2:mem:plurilateralTrackApiTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1",
        "dashboard.refresh-enabled=false", "dashboard.max-age=PT0S"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlurilateralTrackApiTests {

    static final String CONFIG_FILE = "target/plurilateral-track-api-tests.yaml";
    private static final MailServer SMTP = new MailServer().start();
    private static final String TRACK = "COORD-SEMICONDUCTORS";
    private static final String LEAD = "ustr";
    private static final String NATIONS = """
                - { code: JP, name: Japan, zone: Asia/Tokyo, areas: [ENERGY] }
                - { code: KR, name: South Korea, zone: Asia/Seoul, areas: [ENERGY] }
                - { code: EU, name: European Union, zone: Europe/Brussels, areas: [ENERGY] }
            """;
    private static final String AGREEMENT = """
              agreements:
                - { code: COORD, name: Coordinated trade policy, parties: [JP, EU],
                    areas: [SEMICONDUCTORS, CRITICAL_MINERALS], lead-office: USTR }
            """;

    static {
        writePlurilateralConfig();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    /** The project's config with three parties (JP, KR, EU; one bilateral area each) and the agreement. */
    private static void writePlurilateralConfig() {
        try {
            String config = Files.readString(TestConfig.PROJECT_CONFIG);
            int nations = config.indexOf("  nations:\n") + "  nations:\n".length();
            String edited = config.substring(0, nations) + NATIONS + config.substring(config.indexOf("  areas:\n"));
            assertThat(edited).contains("  agreements: []\n");
            Files.writeString(Path.of(CONFIG_FILE), edited.replace("  agreements: []\n", AGREEMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    @Autowired ManagementService managementService;
    @Autowired OutboxDelivery delivery;
    @LocalServerPort int port;

    private Http http;

    @BeforeAll
    void kickOff() throws Exception {
        http = new Http(port);
        HttpResponse<String> kickoff = post("admin", "/api/program", null);
        assertThat(kickoff.statusCode()).as(kickoff.body()).isEqualTo(201);
        assertThat(body(kickoff).path("addedTracks")).extracting(JsonNode::asText).containsExactlyInAnyOrder(
                "JP-ENERGY", "KR-ENERGY", "EU-ENERGY", "COORD-SEMICONDUCTORS", "COORD-CRITICAL_MINERALS");
        ProgramJobs.runDue(managementService);
        delivered();
    }

    @AfterAll
    void stopMailServer() {
        SMTP.stop();
    }

    @Test
    @Order(2)
    void shouldCarryAPlurilateralTrackToReportedWithEachPartysAnswersAndSignature() throws Exception {
        assertThat(taskIds("jp-desk", TrackProcess.USER_TASK_DRAFT_TEXT)).as("the lead office drafts").isEmpty();
        complete(LEAD, TrackProcess.USER_TASK_DRAFT_TEXT,
                "{\"text\": \"Article 1. The parties coordinate export controls on chips.\"}");
        complete("legal", TrackProcess.USER_TASK_LEGAL_REVIEW, "{\"decision\": \"APPROVE\"}");
        complete("interagency", TrackProcess.USER_TASK_INTERAGENCY_REVIEW, "{\"decision\": \"APPROVE\"}");
        complete(LEAD, TrackProcess.USER_TASK_SEND_TEXT, "{\"comment\": \"Sent to Tokyo and Brussels\"}");

        assertThat(delivered()).filteredOn(mail -> mail.subject().startsWith("New task: Record counterpart answer"))
                .extracting(mail -> mail.to().get(0))
                .containsExactlyInAnyOrder("jp-desk@example.gov", "eu-desk@example.gov");
        complete("jp-desk", TrackProcess.USER_TASK_RECORD_ANSWER, """
                {"decision": "MARKUP", "text": "Article 1. The parties coordinate export controls on chips and tools."}""");
        assertThat(taskIds(LEAD, TrackProcess.USER_TASK_REVISE_TEXT)).as("the round waits for every answer").isEmpty();
        assertThat(taskIds("eu-desk", TrackProcess.USER_TASK_RECORD_ANSWER)).hasSize(1);
        assertThat(stage()).isEqualTo("NEGOTIATION");

        complete("eu-desk", TrackProcess.USER_TASK_RECORD_ANSWER, "{\"decision\": \"AGREED\"}");

        assertThat(stage()).as("back to revising, for every party").isEqualTo("DRAFTING");
        assertThat(taskIds(LEAD, TrackProcess.USER_TASK_INITIAL_TEXT)).as("one markup is no agreement").isEmpty();
        complete(LEAD, TrackProcess.USER_TASK_REVISE_TEXT, "{\"comment\": \"Japan's markup taken as it is\"}");
        complete("legal", TrackProcess.USER_TASK_LEGAL_REVIEW, "{\"decision\": \"APPROVE\"}");
        complete("interagency", TrackProcess.USER_TASK_INTERAGENCY_REVIEW, "{\"decision\": \"APPROVE\"}");
        complete(LEAD, TrackProcess.USER_TASK_SEND_TEXT, "{\"comment\": \"Round 2\"}");
        complete("eu-desk", TrackProcess.USER_TASK_RECORD_ANSWER, "{\"decision\": \"AGREED\"}");
        assertThat(taskIds(LEAD, TrackProcess.USER_TASK_INITIAL_TEXT)).as("Japan has not answered yet").isEmpty();
        complete("jp-desk", TrackProcess.USER_TASK_RECORD_ANSWER, "{\"decision\": \"AGREED\"}");

        complete(LEAD, TrackProcess.USER_TASK_INITIAL_TEXT, """
                {"initialedOn": "2026-03-02", "usNegotiator": "J. Smith",
                 "counterpartNegotiators": "K. Tanaka, M. Dupont"}""");
        complete("legal", TrackProcess.USER_TASK_CHECK_CONFORMITY, "{\"decision\": \"CONFORMS\"}");
        complete("chips-lead", TrackProcess.USER_TASK_AREA_LEAD_SIGN_OFF, "{\"decision\": \"APPROVE\"}");
        complete("pm", TrackProcess.USER_TASK_PROGRAM_MANAGER_SIGN_OFF, "{\"decision\": \"APPROVE\"}");
        complete("usec", TrackProcess.USER_TASK_UNDER_SECRETARY_SIGN_OFF, "{\"decision\": \"APPROVE\"}");

        assertThat(taskIds(LEAD, TrackProcess.USER_TASK_SIGN)).as("each party's desk signs").isEmpty();
        complete("jp-desk", TrackProcess.USER_TASK_SIGN, """
                {"signedOn": "2026-04-01", "signedAt": "Tokyo", "usSignatory": "Trade Representative",
                 "counterpartSignatory": "Minister of Economy"}""");
        assertThat(signedCount()).as("one of two parties signed").isZero();
        complete("eu-desk", TrackProcess.USER_TASK_SIGN, """
                {"signedOn": "2026-04-02", "signedAt": "Brussels", "usSignatory": "Trade Representative",
                 "counterpartSignatory": "Trade Commissioner"}""");

        assertThat(signedCount()).as("signed by every party").isEqualTo(1);
        assertThat(stage()).isEqualTo("IN_FORCE");
        complete(LEAD, TrackProcess.USER_TASK_TRANSMIT_TEXT, "{\"transmittedOn\": \"2026-04-10\"}");
        complete("legal", TrackProcess.USER_TASK_REPORT_TO_CONGRESS, "{\"reportedOn\": \"2026-05-01\"}");

        assertThat(stage()).isEqualTo("REPORTED");
        String timeline = body(http.get(LEAD, "/api/tracks/" + TRACK)).path("timeline").toString();
        assertThat(timeline).contains("jp-desk", "eu-desk", "Completed: Sign with counterpart");
        JsonNode row = dashboardRow("pm", "COORD");
        assertThat(row.path("name").asText()).isEqualTo("Coordinated trade policy");
        assertThat(row.path("cells")).filteredOn(cell -> cell.has("track"))
                .extracting(cell -> cell.path("track").asText() + " " + cell.path("stage").asText())
                .containsExactlyInAnyOrder("COORD-CRITICAL_MINERALS DRAFTING", "COORD-SEMICONDUCTORS REPORTED");
    }

    @Test
    @Order(1)
    void shouldKeepAPlurilateralTrackFromADeskThatIsNoParty() throws Exception {
        String drafting = taskIds(LEAD, TrackProcess.USER_TASK_DRAFT_TEXT, "COORD-CRITICAL_MINERALS").get(0);

        assertThat(inbox("kr-desk")).extracting(task -> task.path("businessKey").asText())
                .containsExactly("KR-ENERGY");
        assertThat(http.get("kr-desk", "/api/tasks/" + drafting).statusCode()).isEqualTo(403);
        assertThat(post("kr-desk", "/api/tasks/" + drafting + "/claim", null).statusCode()).isEqualTo(403);
        assertThat(post("kr-desk", "/api/tasks/" + drafting + "/complete", "{\"text\": \"Ours\"}").statusCode())
                .isEqualTo(403);
        assertThat(http.get("kr-desk", "/api/tracks/COORD-CRITICAL_MINERALS").statusCode()).isEqualTo(403);
        assertThat(dashboardRow("kr-desk", "COORD")).isNull();

        assertThat(http.get("jp-desk", "/api/tracks/COORD-CRITICAL_MINERALS").statusCode()).isEqualTo(200);
        assertThat(dashboardRow("jp-desk", "COORD")).isNotNull();
        assertThat(dashboardRow("eu-desk", "COORD")).isNotNull();
        assertThat(http.get(LEAD, "/api/tasks/" + drafting).statusCode()).isEqualTo(200);
        assertThat(taskIds(LEAD, TrackProcess.USER_TASK_DRAFT_TEXT, "COORD-CRITICAL_MINERALS")).hasSize(1);
    }

    @Test
    @Order(3)
    void shouldLetEachPartysDeskAnswerOnlyForItsParty() throws Exception {
        String track = "COORD-CRITICAL_MINERALS";
        completeOn(track, LEAD, TrackProcess.USER_TASK_DRAFT_TEXT, "{\"text\": \"Article 1. Minerals.\"}");
        completeOn(track, "legal", TrackProcess.USER_TASK_LEGAL_REVIEW, "{\"decision\": \"APPROVE\"}");
        completeOn(track, "interagency", TrackProcess.USER_TASK_INTERAGENCY_REVIEW, "{\"decision\": \"APPROVE\"}");
        completeOn(track, LEAD, TrackProcess.USER_TASK_SEND_TEXT, "{}");
        String europesAnswer = taskIds("eu-desk", TrackProcess.USER_TASK_RECORD_ANSWER, track).get(0);

        assertThat(taskIds("jp-desk", TrackProcess.USER_TASK_RECORD_ANSWER, track)).hasSize(1)
                .doesNotContain(europesAnswer);
        assertThat(post("jp-desk", "/api/tasks/" + europesAnswer + "/complete", "{\"decision\": \"AGREED\"}")
                .statusCode()).isEqualTo(403);
        assertThat(post(LEAD, "/api/tasks/" + europesAnswer + "/complete", "{\"decision\": \"AGREED\"}")
                .statusCode()).isEqualTo(403);
        assertThat(taskIds("eu-desk", TrackProcess.USER_TASK_RECORD_ANSWER, track)).containsExactly(europesAnswer);
    }

    private void complete(String user, String taskKey, String form) {
        completeOn(TRACK, user, taskKey, form);
    }

    /** Completes the task from the user's inbox: the right desk or office sees it there. */
    private void completeOn(String track, String user, String taskKey, String form) {
        List<String> ids = taskIds(user, taskKey, track);
        assertThat(ids).as("%s's inbox has %s of %s", user, taskKey, track).hasSize(1);
        HttpResponse<String> response = post(user, "/api/tasks/" + ids.get(0) + "/complete", form);
        assertThat(response.statusCode()).as("%s completes %s: %s", user, taskKey, response.body()).isEqualTo(204);
    }

    private List<String> taskIds(String user, String taskKey) {
        return taskIds(user, taskKey, TRACK);
    }

    private List<String> taskIds(String user, String taskKey, String track) {
        List<String> ids = new ArrayList<>();
        inbox(user).forEach(task -> {
            if (task.path("businessKey").asText().equals(track) && task.path("key").asText().equals(taskKey)) {
                ids.add(task.path("id").asText());
            }
        });
        return ids;
    }

    private List<JsonNode> inbox(String user) {
        HttpResponse<String> response = http.get(user, "/api/tasks?size=100");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> tasks = new ArrayList<>();
        body(response).forEach(tasks::add);
        return tasks;
    }

    private JsonNode dashboardRow(String user, String code) {
        for (JsonNode row : body(http.get(user, "/api/dashboard")).path("matrix").path("rows")) {
            if (row.path("nation").asText().equals(code)) {
                return row;
            }
        }
        return null;
    }

    private String stage() {
        return body(http.get(LEAD, "/api/tracks/" + TRACK)).path("track").path("stage").asText();
    }

    private int signedCount() {
        return body(http.get("pm", "/api/dashboard")).path("signedCount").asInt();
    }

    private HttpResponse<String> post(String user, String path, String body) {
        return http.postJson(user, path, body);
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ReceivedMail> delivered() {
        delivery.deliverDue();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.received());
        SMTP.purge();
        return mails;
    }
}
