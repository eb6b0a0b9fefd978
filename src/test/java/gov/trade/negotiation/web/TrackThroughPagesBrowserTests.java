package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.track.TrackProcess;

/**
 * One track from the request for authority to negotiate to REPORTED through the pages only, in a real browser
 * (Debian's chromium), signing in as each role in turn; then a manager withdraws another track from its page. Only
 * energy tracks are under blanket authority here, so the critical minerals track asks for its own. Skipped, saying so, where chromium or chromedriver is not installed (.ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:trackThroughPagesBrowserTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "negotiation.authority.blanket.areas=ENERGY"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackThroughPagesBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TRACK = "JP-CRITICAL_MINERALS";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    private WebDriver browser;

    @BeforeAll
    void openBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldCarryATrackFromTheAuthorityRequestToReportedThroughThePages() {
        signIn("admin");
        open("/program");
        browser.findElement(By.id("start-program")).click();
        ProgramJobs.runDue(managementService);
        open("/program");
        assertThat(browser.findElement(By.id("track-count")).getText()).isEqualTo("48");
        signOut();

        signIn("jp-desk");
        complete(TrackProcess.USER_TASK_REQUEST_AUTHORITY, Map.of("instrumentType", "BINDING",
                "entryIntoForce", "ON_SIGNATURE", "concludeAuthorityRequested", "true",
                "comment", "Secures critical mineral supply; no new appropriations"));
        signOut();
        signIn("legal");
        complete(TrackProcess.USER_TASK_MEMORANDUM_OF_LAW, Map.of("comment", "Within existing authorities"));
        signOut();
        signIn("usec");
        complete(TrackProcess.USER_TASK_APPROVE_AUTHORITY, Map.of("decision", "APPROVE"));
        signOut();

        signIn("jp-desk");
        open("/tracks/" + TRACK);
        browser.findElement(By.id("content")).sendKeys("Article 1\nThe parties secure critical mineral supply.");
        browser.findElement(By.id("note")).sendKeys("First draft");
        browser.findElement(By.cssSelector("#new-draft button")).click();
        assertThat(browser.findElement(By.id("draft-text")).getText()).contains("critical mineral supply");
        complete(TrackProcess.USER_TASK_DRAFT_TEXT, Map.of("comment", "Ready for review"));
        signOut();

        signIn("legal");
        openTask(TrackProcess.USER_TASK_LEGAL_REVIEW);
        browser.findElement(By.cssSelector("#complete button")).click();
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("correct the fields");
        assertThat(browser.getPageSource()).contains("Decision is required");
        complete(TrackProcess.USER_TASK_LEGAL_REVIEW, Map.of("decision", "APPROVE", "comment", "Consistent with statute"));
        signOut();

        signIn("interagency");
        complete(TrackProcess.USER_TASK_INTERAGENCY_REVIEW, Map.of("decision", "APPROVE"));
        signOut();

        signIn("jp-desk");
        openTask(TrackProcess.USER_TASK_SEND_TEXT);
        assertThat(browser.findElement(By.id("context")).getText()).contains("Round 1 of 5", "Legal cleared version 1");
        complete(TrackProcess.USER_TASK_SEND_TEXT, Map.of("comment", "Sent to Tokyo"));
        complete(TrackProcess.USER_TASK_RECORD_ANSWER, Map.of("decision", "AGREED", "comment", "Agreed at round 1"));
        complete(TrackProcess.USER_TASK_INITIAL_TEXT, Map.of("initialedOn", "2026-03-02", "usNegotiator", "J. Smith",
                "counterpartNegotiators", "K. Tanaka"));
        signOut();
        signIn("legal");
        complete(TrackProcess.USER_TASK_CHECK_CONFORMITY, Map.of("decision", "CONFORMS"));
        signOut();

        for (String[] level : new String[][] {{"minerals-lead", TrackProcess.USER_TASK_AREA_LEAD_SIGN_OFF},
                {"pm", TrackProcess.USER_TASK_PROGRAM_MANAGER_SIGN_OFF},
                {"usec", TrackProcess.USER_TASK_UNDER_SECRETARY_SIGN_OFF}}) {
            signIn(level[0]);
            complete(level[1], Map.of("decision", "APPROVE"));
            signOut();
        }

        signIn("jp-desk");
        open("/tracks/" + TRACK);
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("CLEARED_FOR_SIGNATURE");
        complete(TrackProcess.USER_TASK_SIGN, Map.of("signedOn", "2026-04-01", "signedAt", "Tokyo",
                "usSignatory", "Under Secretary", "counterpartSignatory", "Minister of Economy"));
        complete(TrackProcess.USER_TASK_TRANSMIT_TEXT, Map.of("transmittedOn", "2026-04-10"));
        signOut();
        signIn("legal");
        complete(TrackProcess.USER_TASK_REPORT_TO_CONGRESS, Map.of("reportedOn", "2026-05-01"));
        signOut();

        signIn("jp-desk");
        open("/tracks/" + TRACK);
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("REPORTED");
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Completed: Legal review").contains("Consistent with statute")
                .contains("Completed: Sign with counterpart").contains("Draft version 1 added");
        assertThat(browser.findElements(By.cssSelector("svg.diagram g.active[data-element-id='"
                + TrackProcess.USER_TASK_CLOSE_TRACK + "']"))).hasSize(1);
        assertThat(browser.findElements(By.id("withdraw"))).as("only managers withdraw").isEmpty();
        signOut();

        signIn("pm");
        open("/tracks/KR-ENERGY");
        browser.findElement(By.id("reason")).sendKeys("Korea asked to pause all talks");
        WebElement withdraw = browser.findElement(By.cssSelector("#withdraw button"));
        withdraw.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(withdraw));
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("WITHDRAWN");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Track withdrawn")
                .contains("Korea asked to pause all talks");
    }

    /** Opens the task from the inbox, fills its fields (radio buttons, check boxes, dates, text) and completes it. */
    private void complete(String taskKey, Map<String, String> fields) {
        openTask(taskKey);
        fields.forEach((name, value) -> {
            List<WebElement> radios = browser.findElements(By.cssSelector("input[type=radio][name=" + name + "]"));
            if (!radios.isEmpty()) {
                browser.findElement(By.cssSelector("input[name=" + name + "][value=" + value + "]")).click();
                return;
            }
            WebElement field = browser.findElement(By.id(name));
            if ("checkbox".equals(field.getAttribute("type"))) {
                if (Boolean.parseBoolean(value) != field.isSelected()) {
                    field.click();
                }
            } else if ("date".equals(field.getAttribute("type"))) {
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
            } else {
                field.sendKeys(value);
            }
        });
        browser.findElement(By.cssSelector("#complete button")).click();
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).as(taskKey).isEqualTo("Task completed.");
    }

    private void openTask(String taskKey) {
        open("/inbox");
        WebElement row = browser.findElement(By.cssSelector(
                "tr[data-business-key='" + TRACK + "'][data-task-key='" + taskKey + "']"));
        row.findElement(By.cssSelector("td a")).click();
    }

    private void signIn(String user) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
