package gov.trade.negotiation.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import gov.trade.negotiation.web.Http;

/**
 * One track from the request for authority to negotiate to REPORTED, through the JSON API only, each step by the
 * role that takes it; mail checked at a real SMTP server (GreenMail); the dashboard counts the agreement signed only
 * once the counterpart signed. Only energy tracks are under blanket authority here, so a critical minerals track asks
 * for its own (binding, in force on signature, authority to conclude requested later).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:trackToReportedApiTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1",
        "negotiation.authority.blanket.areas=ENERGY",
        "dashboard.refresh-enabled=false", "dashboard.max-age=PT0S"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackToReportedApiTests {

    private static final MailServer SMTP = new MailServer().start();
    private static final String TRACK = "JP-CRITICAL_MINERALS";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    private final ObjectMapper json = new ObjectMapper();

    @Autowired RuntimeService runtimeService;
    @Autowired OutboxDelivery delivery;
    @LocalServerPort int port;

    private Http http;

    @BeforeAll
    void openTracks() {
        http = new Http(port);
        runtimeService.startProcessInstanceByKey(TrackProcess.KEY, TRACK);
        runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-SEMICONDUCTORS");
        runtimeService.startProcessInstanceByKey(TrackProcess.KEY, "JP-ENERGY");
        delivered();
    }

    @AfterAll
    void stopMailServer() {
        SMTP.stop();
    }

    @Test
    void shouldCarryATrackFromTheAuthorityRequestToReportedThroughTheApi() throws Exception {
        delivered();
        complete("jp-desk", TrackProcess.USER_TASK_REQUEST_AUTHORITY, """
                {"instrumentType": "BINDING", "entryIntoForce": "ON_SIGNATURE", "concludeAuthorityRequested": false,
                 "comment": "Secures supply of lithium and cobalt; no new appropriations"}""");
        assertThat(delivered()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).containsExactly("legal@example.gov");
            assertThat(mail.subject()).isEqualTo("New task: Memorandum of law (" + TRACK + ")");
        });
        complete("legal", TrackProcess.USER_TASK_MEMORANDUM_OF_LAW, "{\"comment\": \"Within existing authorities\"}");
        complete("usec", TrackProcess.USER_TASK_APPROVE_AUTHORITY, "{\"decision\": \"APPROVE\"}");

        String drafting = taskId("jp-desk", TrackProcess.USER_TASK_DRAFT_TEXT);
        HttpResponse<String> noText = post("jp-desk", "/api/tasks/" + drafting + "/complete", "{}");
        assertThat(noText.statusCode()).as("no draft yet").isEqualTo(400);
        assertThat(body(noText).path("errors").has("text")).isTrue();
        complete("jp-desk", TrackProcess.USER_TASK_DRAFT_TEXT,
                "{\"text\": \"Article 1. The parties secure critical minerals.\", \"comment\": \"First draft\"}");
        complete("legal", TrackProcess.USER_TASK_LEGAL_REVIEW, "{\"decision\": \"APPROVE\", \"version\": 1}");
        complete("interagency", TrackProcess.USER_TASK_INTERAGENCY_REVIEW, "{\"decision\": \"APPROVE\"}");

        JsonNode sendTask = body(http.get("jp-desk", "/api/tasks/" + taskId("jp-desk", TrackProcess.USER_TASK_SEND_TEXT)));
        assertThat(sendTask.path("context").toString()).contains("Round 1 of 5", "Legal cleared version 1",
                "Interagency cleared version 1", "Latest text: version 1 by jp-desk, cleared",
                "Binding international agreement, enters into force on signature");
        complete("jp-desk", TrackProcess.USER_TASK_SEND_TEXT, "{\"comment\": \"Sent to Tokyo\"}");
        complete("jp-desk", TrackProcess.USER_TASK_RECORD_ANSWER, "{\"decision\": \"AGREED\"}");
        complete("jp-desk", TrackProcess.USER_TASK_INITIAL_TEXT, """
                {"initialedOn": "2026-03-02", "usNegotiator": "J. Smith", "counterpartNegotiators": "K. Tanaka"}""");
        complete("legal", TrackProcess.USER_TASK_CHECK_CONFORMITY, "{\"decision\": \"CONFORMS\"}");
        complete("minerals-lead", TrackProcess.USER_TASK_AREA_LEAD_SIGN_OFF, "{\"decision\": \"APPROVE\"}");
        complete("pm", TrackProcess.USER_TASK_PROGRAM_MANAGER_SIGN_OFF, "{\"decision\": \"APPROVE\"}");
        complete("usec", TrackProcess.USER_TASK_UNDER_SECRETARY_SIGN_OFF, "{\"decision\": \"APPROVE\"}");
        complete("jp-desk", TrackProcess.USER_TASK_REQUEST_CONCLUDE_AUTHORITY,
                "{\"comment\": \"Final text as initialed, no changes\"}");
        complete("usec", TrackProcess.USER_TASK_APPROVE_CONCLUDE_AUTHORITY, "{\"decision\": \"APPROVE\"}");

        assertThat(stage()).isEqualTo("CLEARED_FOR_SIGNATURE");
        assertThat(signedCount()).as("internal approval is no signature").isZero();
        delivered();

        assertThat(post("jp-desk", "/api/tracks/" + TRACK + "/drafts",
                "{\"content\": \"Article 1. The parties secure critical minerals and rare earths.\"}").statusCode())
                .isEqualTo(201);
        String signing = taskId("jp-desk", TrackProcess.USER_TASK_SIGN);
        String signature = """
                {"signedOn": "2026-04-01", "signedAt": "Tokyo", "usSignatory": "Under Secretary",
                 "counterpartSignatory": "Minister of Economy" %s}""";
        HttpResponse<String> wrongText = post("jp-desk", "/api/tasks/" + signing + "/complete",
                signature.formatted(", \"version\": 2"));
        assertThat(wrongText.statusCode()).isEqualTo(409);
        assertThat(body(wrongText).path("detail").asText()).contains("differs from the text cleared and initialed");
        assertThat(signedCount()).isZero();

        assertThat(post("jp-desk", "/api/tasks/" + signing + "/complete", signature.formatted("")).statusCode())
                .isEqualTo(204);

        assertThat(signedCount()).as("signed with the counterpart").isEqualTo(1);
        assertThat(stage()).isEqualTo("IN_FORCE");
        List<ReceivedMail> signed = delivered().stream().filter(mail -> mail.dedupKey().startsWith("SIGNED:")).toList();
        assertThat(signed).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrder("jp-desk@example.gov",
                "minerals-lead@example.gov", "pm@example.gov", "admin@example.gov", "usec@example.gov");
        assertThat(signed).allSatisfy(mail ->
                assertThat(mail.subject()).isEqualTo("Signed: " + TRACK + " was signed with the counterpart"));

        complete("jp-desk", TrackProcess.USER_TASK_TRANSMIT_TEXT, "{\"transmittedOn\": \"2026-04-10\"}");
        complete("legal", TrackProcess.USER_TASK_REPORT_TO_CONGRESS, "{\"reportedOn\": \"2026-05-01\"}");

        assertThat(stage()).isEqualTo("REPORTED");
        List<ReceivedMail> closing = delivered();
        assertThat(closing).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrder("pm@example.gov",
                "admin@example.gov");
        assertThat(closing).allSatisfy(mail -> assertThat(mail.subject())
                .isEqualTo("New task: Close track after implementation (" + TRACK + ")"));
        JsonNode timeline = body(http.get("jp-desk", "/api/tracks/" + TRACK)).path("timeline");
        assertThat(timeline.toString()).contains("Completed: Sign with counterpart", "Completed: Report to Congress");
    }

    @Test
    void shouldLetOnlyManagersWithdrawATrackWithAReasonAndMailItsDesk() throws Exception {
        String withdraw = "/api/tracks/JP-SEMICONDUCTORS/withdraw";
        assertThat(post("jp-desk", withdraw, "{\"reason\": \"not mine to decide\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = post("pm", withdraw, "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).path("errors").has("reason")).isTrue();
        assertThat(post("pm", "/api/tracks/XX-NOTHING/withdraw", "{\"reason\": \"x\"}").statusCode()).isEqualTo(404);
        delivered();

        assertThat(post("pm", withdraw, "{\"reason\": \"Japan prefers a plurilateral agreement\"}").statusCode())
                .isEqualTo(204);

        JsonNode track = body(http.get("jp-desk", "/api/tracks/JP-SEMICONDUCTORS"));
        assertThat(track.path("track").path("stage").asText()).isEqualTo("WITHDRAWN");
        assertThat(track.path("timeline")).anySatisfy(entry -> {
            assertThat(entry.path("who").asText()).isEqualTo("pm");
            assertThat(entry.path("what").asText()).isEqualTo("Track withdrawn");
            assertThat(entry.path("comment").asText()).isEqualTo("Japan prefers a plurilateral agreement");
        });
        List<ReceivedMail> mails = delivered();
        assertThat(mails).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrder("jp-desk@example.gov",
                "pm@example.gov", "admin@example.gov");
        assertThat(mails).allSatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Withdrawn: JP-SEMICONDUCTORS is no longer negotiated");
            assertThat(mail.text()).contains("Reason: Japan prefers a plurilateral agreement");
        });
        HttpResponse<String> again = post("pm", withdraw, "{\"reason\": \"again\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).path("type").asText()).endsWith("/conflict");
    }

    @Test
    void shouldLetOnlyManagersWithdrawFromTheTrackPage() throws Exception {
        HttpResponse<String> desk = pagePost("jp-desk", "/tracks/JP-ENERGY", "/tracks/JP-ENERGY/withdraw", "mine");
        assertThat(desk.statusCode()).isEqualTo(403);
        assertThat(body(http.get("jp-desk", "/api/tracks/JP-ENERGY")).path("track").path("stage").asText())
                .isNotEqualTo("WITHDRAWN");

        HttpResponse<String> manager = pagePost("pm", "/tracks/JP-ENERGY", "/tracks/JP-ENERGY/withdraw",
                "Energy talks move to the plurilateral track");

        assertThat(manager.statusCode()).isEqualTo(302);
        assertThat(manager.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/tracks/JP-ENERGY"));
        assertThat(body(http.get("jp-desk", "/api/tracks/JP-ENERGY")).path("track").path("stage").asText())
                .isEqualTo("WITHDRAWN");
    }

    /** A form post as a browser sends it: the page first (session cookie, CSRF token), then the form. */
    private HttpResponse<String> pagePost(String user, String page, String action, String reason) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        String authorization = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes());
        String html = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + page)).header("Authorization", authorization).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(token.find()).as("CSRF token on " + page).isTrue();
        String form = "reason=" + java.net.URLEncoder.encode(reason, java.nio.charset.StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + action))
                .header("Authorization", authorization).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Completes the task from the user's inbox, after checking that the task tells its situation in words. */
    private void complete(String user, String taskKey, String form) throws Exception {
        String task = taskId(user, taskKey);
        assertContextInWords(taskKey, body(http.get(user, "/api/tasks/" + task)).path("context"));
        HttpResponse<String> response = post(user, "/api/tasks/" + task + "/complete", form);
        assertThat(response.statusCode()).as("%s completes %s: %s", user, taskKey, response.body()).isEqualTo(204);
    }

    /** Some lines, and none of them a variable's name or a raw value (negotiationRound 0, ON_SIGNATURE, null). */
    private static void assertContextInWords(String taskKey, JsonNode context) {
        List<String> lines = new ArrayList<>();
        context.forEach(line -> lines.add(line.asText()));
        assertThat(lines).as("context of " + taskKey).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContainPattern("\\b[a-z]+[A-Z]\\w*\\b")
                .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
                .doesNotContainPattern("\\bnull\\b")
                .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b"));
    }

    /** The task from the user's inbox: the right role sees it there. */
    private String taskId(String user, String taskKey) {
        try {
            List<String> ids = new ArrayList<>();
            body(http.get(user, "/api/tasks")).forEach(task -> {
                if (task.path("businessKey").asText().equals(TRACK) && task.path("key").asText().equals(taskKey)) {
                    ids.add(task.path("id").asText());
                }
            });
            assertThat(ids).as("%s's inbox has %s", user, taskKey).hasSize(1);
            return ids.get(0);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String stage() throws Exception {
        return body(http.get("jp-desk", "/api/tracks/" + TRACK)).path("track").path("stage").asText();
    }

    private int signedCount() throws Exception {
        return body(http.get("pm", "/api/dashboard")).path("signedCount").asInt();
    }

    private HttpResponse<String> post(String user, String path, String body) {
        return http.postJson(user, path, body);
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private List<ReceivedMail> delivered() {
        delivery.deliverDue();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.received());
        SMTP.purge();
        return mails;
    }
}
