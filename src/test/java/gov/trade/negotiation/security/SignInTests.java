package gov.trade.negotiation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.security.Client.Reply;
import gov.trade.negotiation.track.TrackProcess;

/**
 * Signing in: throttled by client and account with a bounded delay (nobody locks anyone else out), no Basic
 * challenge ever, CSRF on forms, a short-lived cache of verified credentials, audit lines, and engine work through
 * {@code /engine-rest} recorded with its user. Each test signs in from its own loopback address (127.0.0.x). Its
 * own context: {@code /engine-rest} serves the engine named "default" that started last in this JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:signInTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SignInTests {

    private static final String RIGHT = "demo";
    private static final String WRONG = "not-the-password";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProgramService programs;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    BcryptPasswordEncryptor passwords;
    @LocalServerPort
    int port;

    @BeforeAll
    void startProgram() {
        ProgramJobs.kickoff(programs, managementService);
    }

    @Test
    void shouldLetTheRightPasswordInFromAnotherClientAfterTwelveWrongOnes() throws Exception {
        Client guesser = client("127.0.0.2");
        List<Reply> guesses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            guesses.add(guesser.get("pm", WRONG, "/api/tasks"));
        }

        Reply owner = client("127.0.0.3").get("pm", RIGHT, "/api/tasks");

        assertThat(guesses).extracting(Reply::statusCode).containsOnly(401, 429).contains(429);
        Reply throttled = guesses.get(guesses.size() - 1);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(throttled.header("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(throttled.body()).path("type").asText()).endsWith("/too-many-sign-ins");
        assertThat(owner.statusCode()).isEqualTo(200);
        // the guesser itself is held back, with the right password too, for at most a minute
        assertThat(guesser.get("pm", RIGHT, "/api/tasks").statusCode()).isEqualTo(429);
    }

    @Test
    void shouldNeverLetAnyoneElseLockOutTheAdministrator() {
        for (int i = 0; i < 30; i++) {
            client("127.0.0.4").get("admin", WRONG + i, "/api/tasks");
        }
        for (int i = 0; i < 12; i++) {
            identityService.checkPassword("admin", WRONG);
        }

        assertThat(client("127.0.0.5").get("admin", RIGHT, "/engine-rest/task/count").statusCode()).isEqualTo(200);
        // Camunda's own lockout (for good after 10 failures) is off: the engine still accepts the password.
        assertThat(identityService.checkPassword("admin", RIGHT)).isTrue();
    }

    @Test
    void shouldHoldBackAClientGuessingManyAccountsForAtMostAMinute() {
        Client sprayer = client("127.0.0.6");
        List<Integer> retryAfter = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Reply response = sprayer.get("user-" + i, WRONG, "/api/tasks");
            response.header("Retry-After").map(Integer::parseInt).ifPresent(retryAfter::add);
        }

        assertThat(retryAfter).isNotEmpty().allSatisfy(seconds -> assertThat(seconds).isBetween(1, 60));
        assertThat(sprayer.get("jp-desk", RIGHT, "/api/tasks").statusCode()).isEqualTo(429);
        assertThat(client("127.0.0.7").get("jp-desk", RIGHT, "/api/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNeverChallengeForBasicCredentials() {
        Client anyone = client("127.0.0.8");
        List<Reply> responses = List.of(
                anyone.get(null, null, "/api/tasks"),
                anyone.get("jp-desk", WRONG, "/api/tasks"),
                anyone.get(null, null, "/engine-rest/task"),
                anyone.get(null, null, "/camunda/api/engine/engine/default/task/count"),
                anyone.get(null, null, "/inbox"),
                anyone.get("jp-desk", WRONG, "/inbox"),
                anyone.page(null, null, "/inbox"),
                anyone.page("jp-desk", WRONG, "/dashboard"),
                anyone.send("GET", "/dashboard/live", null, null, Map.of("X-Requested-With", "XMLHttpRequest"), null));

        assertThat(responses).allSatisfy(response ->
                assertThat(response.header("WWW-Authenticate")).as(response.path()).isEmpty());
        assertThat(responses.get(0).statusCode()).isEqualTo(401);
        assertThat(responses.get(0).header("Content-Type")).hasValue("application/problem+json");
        assertThat(responses.get(6).statusCode()).isEqualTo(302);
        assertThat(responses.get(6).header("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        // tools that send Basic credentials up front still work
        assertThat(anyone.get("jp-desk", RIGHT, "/api/tasks").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAFormPostWithoutACsrfToken() throws Exception {
        String task = taskService.createTaskQuery().processInstanceBusinessKey("JP-ENERGY")
                .taskDefinitionKey(TrackProcess.USER_TASK_DRAFT_TEXT).singleResult().getId();
        Client browser = client("127.0.0.9");
        Reply signInPage = browser.page(null, null, "/login");
        Reply signedIn = browser.send("POST", "/login", null, null, Map.of("Cookie", cookie(signInPage),
                "Content-Type", FORM), "username=jp-desk&password=demo&_csrf=" + csrf(signInPage));
        String session = cookie(signedIn);

        Reply withSession = browser.send("POST", "/tasks/" + task + "/claim", null, null,
                Map.of("Cookie", session, "Content-Type", FORM), "");
        Reply withBasic = browser.send("POST", "/tasks/" + task + "/claim", "jp-desk", RIGHT,
                Map.of("Content-Type", FORM), "");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.header("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.send("GET", "/inbox", null, null, Map.of("Cookie", session), null).statusCode())
                .isEqualTo(200);
        assertThat(withSession.statusCode()).isEqualTo(403);
        assertThat(withBasic.statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void shouldTellABrowserOnTheSignInFormHowLongToWait() {
        Client browser = client("127.0.0.14");
        Reply signInPage = browser.page(null, null, "/login");
        String session = cookie(signInPage);
        String form = "username=legal&password=" + WRONG + "&_csrf=" + csrf(signInPage);
        List<Reply> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(browser.send("POST", "/login", null, null, Map.of("Cookie", session, "Content-Type", FORM),
                    form));
        }
        Reply throttled = attempts.get(5);

        assertThat(attempts.subList(0, 5)).allSatisfy(attempt -> assertThat(attempt.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error")));
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(throttled.header("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(throttled.body()).contains("Too many failed sign-ins from your address; try again in");
    }

    @Test
    void shouldVerifyAPasswordHashOnceForTwentyRequests() {
        createUser("cache-user", "a-long-enough-secret", "desk-jp");
        Client tool = client("127.0.0.10");
        long before = passwords.verifications();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(tool.get("cache-user", "a-long-enough-secret", "/api/tasks").statusCode());
        }
        long verified = passwords.verifications() - before;
        Reply wrong = tool.get("cache-user", "a-long-enough-secret!", "/api/tasks");

        assertThat(statuses).containsOnly(200);
        assertThat(verified).isEqualTo(1);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(passwords.verifications() - before).isEqualTo(2);
    }

    @Test
    void shouldNameTheAdministratorInTheUserOperationLogForATaskClaimedThroughEngineRest() {
        String task = taskService.createTaskQuery().processInstanceBusinessKey("AU-ENERGY")
                .taskDefinitionKey(TrackProcess.USER_TASK_DRAFT_TEXT).singleResult().getId();
        Client admin = client("127.0.0.11");

        Reply claimed = admin.send("POST", "/engine-rest/task/" + task + "/claim", "admin", RIGHT, JSON,
                "{\"userId\": \"admin\"}");

        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        List<UserOperationLogEntry> log = historyService.createUserOperationLogQuery().taskId(task)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CLAIM).list();
        assertThat(log).isNotEmpty().allSatisfy(entry -> assertThat(entry.getUserId()).isEqualTo("admin"));
    }

    @Test
    void shouldWriteAnAuditLineForEachSecurityEvent(CapturedOutput output) {
        Client someone = client("127.0.0.12");
        someone.get("kr-desk", WRONG, "/api/tasks");
        for (int i = 0; i < 8; i++) {
            someone.get("gb-desk", WRONG, "/api/tasks");
        }
        someone.get("kr-desk", RIGHT, "/api/tracks/JP-ENERGY");
        someone.page("kr-desk", RIGHT, "/tracks/JP-ENERGY");
        someone.get("kr-desk", RIGHT, "/engine-rest/task");

        assertThat(auditLines(output)).anySatisfy(line -> assertThat(line)
                        .contains("sign-in failed").contains("user=kr-desk").contains("client=127.0.0.12"))
                .anySatisfy(line -> assertThat(line).contains("sign-in throttled").contains("user=gb-desk"))
                .anySatisfy(line -> assertThat(line).contains("sign-in").contains("user=kr-desk")
                        .doesNotContain("failed").doesNotContain("throttled"))
                .anySatisfy(line -> assertThat(line).contains("forbidden").contains("user=kr-desk")
                        .contains("method=GET").contains("path=/api/tracks/JP-ENERGY").contains("client=127.0.0.12"))
                .anySatisfy(line -> assertThat(line).contains("forbidden").contains("path=/tracks/JP-ENERGY"))
                .anySatisfy(line -> assertThat(line).contains("forbidden").contains("path=/engine-rest/task"));
        assertThat(output.getOut() + output.getErr()).doesNotContain(WRONG);
    }

    @Test
    void shouldRefuseAShortPasswordSetThroughCamundaAndAcceptALongOne() throws Exception {
        Client admin = client("127.0.0.13");
        String shortOne = "{\"profile\": {\"id\": \"%s\", \"firstName\": \"A\", \"lastName\": \"B\"},"
                + " \"credentials\": {\"password\": \"%s\"}}";

        Reply refused = admin.send("POST", "/engine-rest/user/create", "admin", RIGHT, JSON,
                shortOne.formatted("short-pw", "eleven-char"));
        Reply accepted = admin.send("POST", "/engine-rest/user/create", "admin", RIGHT, JSON,
                shortOne.formatted("long-pw", "twelve-chars"));
        JsonNode policy = json.readTree(admin.get("admin", RIGHT, "/engine-rest/identity/password-policy").body());

        // Camunda's REST API answers in its own error format
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).contains("Password does not match policy");
        assertThat(identityService.createUserQuery().userId("short-pw").count()).isZero();
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        assertThat(policy.path("rules").toString()).contains("PASSWORD_POLICY_LENGTH").contains("12");
    }

    private List<String> auditLines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains(" audit ")).toList();
    }

    private void createUser(String id, String password, String group) {
        User user = identityService.newUser(id);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
    }

    private Client client(String address) {
        return new Client(address, port);
    }

    private static String cookie(Reply response) {
        return response.headers("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=") || cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static String csrf(Reply page) {
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        return token.group(1);
    }
}
