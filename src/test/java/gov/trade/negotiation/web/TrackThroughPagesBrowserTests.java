package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import gov.trade.negotiation.config.NegotiationProperties;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.track.TrackProcess;

/**
 * The whole story in a real browser (Debian's chromium), through the pages only, signing in as each role in turn: the
 * administrator kicks the program off; Japan's critical minerals track goes from the request for authority to
 * negotiate through drafting (the text written in the task's own form), a review that asks for changes, the revision
 * (the latest text in the form, edited there), clearance, a round, initialing and the sign-off chain to signature and
 * REPORTED; the desk schedules the next follow-up meeting and moves it; the manager's dashboard, open in a browser of
 * its own, shows the signature within 10 seconds without a reload. Each page is written to {@code docs/} as a
 * screenshot for the README. Then a manager withdraws another track from its page. Only energy tracks are under
 * blanket authority here, so the critical minerals track asks for its own. Skipped, saying so, where chromium or
 * chromedriver is not installed (.ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:trackThroughPagesBrowserTests;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "negotiation.authority.blanket.areas=ENERGY"})
@ActiveProfiles("dev")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackThroughPagesBrowserTests {

    private static final String TRACK = "JP-CRITICAL_MINERALS";
    private static final String SERIES = MeetingProcess.seriesKey("JP");
    private static final String FIRST_DRAFT = "Article 1\nThe parties secure the supply of critical minerals.";
    private static final String REVISED = FIRST_DRAFT + "\nArticle 2\nCritical minerals include lithium, cobalt, "
            + "nickel, graphite and the rare earth elements.";
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    NegotiationProperties properties;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldTellTheWholeStoryThroughThePages() {
        kickOffAsTheAdministrator();
        requestAndGrantAuthorityToNegotiate();
        draftInTheTaskForm();
        askForChangesAndReviseInTheTaskForm();
        clearNegotiateInitialAndSignOff();
        scheduleAndMoveTheNextMeeting();
        signWhileTheManagerWatchesTheDashboard();
        reportAndShowTheTrack();
        withdrawAnotherTrackAsAManager();
    }

    private void kickOffAsTheAdministrator() {
        browser.signIn("admin");
        browser.go("/program");
        browser.clickAndWait(By.id("start-program"));
        ProgramJobs.runDue(managementService); // what the job executor does: each track start is its own job
        browser.go("/program");
        assertThat(browser.driver.findElement(By.id("track-count")).getText()).isEqualTo("48");
        browser.screenshot("program");
        browser.signOut();
    }

    private void requestAndGrantAuthorityToNegotiate() {
        browser.signIn("jp-desk");
        browser.go("/inbox");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-task-key='"
                + TrackProcess.USER_TASK_REQUEST_AUTHORITY + "']"))).as("five areas ask for authority").hasSize(5);
        browser.screenshot("inbox");
        complete(browser, TRACK, TrackProcess.USER_TASK_REQUEST_AUTHORITY, Map.of("instrumentType", "BINDING",
                "entryIntoForce", "ON_SIGNATURE", "concludeAuthorityRequested", "true",
                "comment", "Secures critical mineral supply; no new appropriations"));
        browser.signOut();
        browser.signIn("legal");
        complete(browser, TRACK, TrackProcess.USER_TASK_MEMORANDUM_OF_LAW, Map.of("comment", "Within existing authorities"));
        browser.signOut();
        browser.signIn("usec");
        complete(browser, TRACK, TrackProcess.USER_TASK_APPROVE_AUTHORITY, Map.of("decision", "APPROVE"));
        browser.signOut();
    }

    private void draftInTheTaskForm() {
        browser.signIn("jp-desk");
        openTask(browser, TRACK, TrackProcess.USER_TASK_DRAFT_TEXT);
        assertThat(context()).contains("No draft version yet");
        assertThat(browser.driver.findElement(By.id("text")).getAttribute("value")).isEmpty();
        browser.clickAndWait(By.cssSelector("#complete button[type=submit]"));
        assertThat(browser.driver.findElement(By.id("error-text")).getText()).contains("no draft version yet");
        complete(browser, TRACK, TrackProcess.USER_TASK_DRAFT_TEXT, Map.of("text", FIRST_DRAFT,
                "note", "First draft", "comment", "Ready for review"));
        browser.signOut();
    }

    private void askForChangesAndReviseInTheTaskForm() {
        browser.signIn("legal");
        openTask(browser, TRACK, TrackProcess.USER_TASK_LEGAL_REVIEW);
        browser.clickAndWait(By.cssSelector("#complete button[type=submit]"));
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary")).getText())
                .contains("correct the fields", "Decision is required");
        assertThat(browser.driver.findElement(By.id("decision")).getAttribute("aria-invalid")).isEqualTo("true");
        complete(browser, TRACK, TrackProcess.USER_TASK_LEGAL_REVIEW, Map.of("decision", "REQUEST_CHANGES",
                "comment", "Name the minerals covered"));
        browser.signOut();
        browser.signIn("interagency");
        complete(browser, TRACK, TrackProcess.USER_TASK_INTERAGENCY_REVIEW, Map.of("decision", "APPROVE"));
        browser.signOut();

        browser.signIn("jp-desk");
        openTask(browser, TRACK, TrackProcess.USER_TASK_REVISE_TEXT);
        assertThat(context()).contains("Legal: Name the minerals covered",
                "Latest text: version 1 by jp-desk, not yet cleared");
        WebElement text = browser.driver.findElement(By.id("text"));
        assertThat(text.getAttribute("value")).isEqualTo(FIRST_DRAFT);
        text.clear();
        text.sendKeys(REVISED);
        browser.driver.findElement(By.id("note")).sendKeys("Minerals named");
        browser.screenshot("task");
        submit(browser, TrackProcess.USER_TASK_REVISE_TEXT);
        browser.signOut();
    }

    private void clearNegotiateInitialAndSignOff() {
        browser.signIn("legal");
        complete(browser, TRACK, TrackProcess.USER_TASK_LEGAL_REVIEW, Map.of("decision", "APPROVE",
                "comment", "Consistent with statute"));
        browser.signOut();
        browser.signIn("interagency");
        complete(browser, TRACK, TrackProcess.USER_TASK_INTERAGENCY_REVIEW, Map.of("decision", "APPROVE"));
        browser.signOut();

        browser.signIn("jp-desk");
        openTask(browser, TRACK, TrackProcess.USER_TASK_SEND_TEXT);
        assertThat(context()).contains("Round 1 of 5", "Legal cleared version 2", "Interagency cleared version 2");
        complete(browser, TRACK, TrackProcess.USER_TASK_SEND_TEXT, Map.of("comment", "Sent to Tokyo"));
        openTask(browser, TRACK, TrackProcess.USER_TASK_RECORD_ANSWER);
        assertThat(context()).contains("For Japan (JP)");
        assertThat(browser.driver.findElement(By.id("text")).getAttribute("value")).as("the text sent").isEqualTo(REVISED);
        complete(browser, TRACK, TrackProcess.USER_TASK_RECORD_ANSWER, Map.of("decision", "AGREED",
                "comment", "Agreed at round 1"));
        complete(browser, TRACK, TrackProcess.USER_TASK_INITIAL_TEXT, Map.of("initialedOn", "2026-03-02",
                "usNegotiator", "J. Smith", "counterpartNegotiators", "K. Tanaka"));
        browser.signOut();
        browser.signIn("legal");
        complete(browser, TRACK, TrackProcess.USER_TASK_CHECK_CONFORMITY, Map.of("decision", "CONFORMS"));
        browser.signOut();

        for (String[] level : new String[][] {{"minerals-lead", TrackProcess.USER_TASK_AREA_LEAD_SIGN_OFF},
                {"pm", TrackProcess.USER_TASK_PROGRAM_MANAGER_SIGN_OFF},
                {"usec", TrackProcess.USER_TASK_UNDER_SECRETARY_SIGN_OFF}}) {
            browser.signIn(level[0]);
            complete(browser, TRACK, level[1], Map.of("decision", "APPROVE"));
            browser.signOut();
        }
    }

    /** The scheduling window opens (the engine's timer, fired here); the desk schedules and then moves the meeting. */
    private void scheduleAndMoveTheNextMeeting() {
        String series = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(SERIES).singleResult()
                .getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(series)
                .activityId(MeetingProcess.TIMER_SCHEDULING_WINDOW).singleResult().getId());

        browser.signIn("jp-desk");
        complete(browser, SERIES, MeetingProcess.USER_TASK_SCHEDULE_MEETING, Map.of("place", "Tokyo",
                "attendees", "J. Smith, K. Tanaka"));
        browser.go("/tracks/" + TRACK);
        browser.clickAndWait(By.id("meetings-link"));
        WebElement form = browser.driver.findElement(By.cssSelector("form.move"));
        String meeting = form.getAttribute("id").substring("move-".length());
        WebElement start = form.findElement(By.name("start"));
        LocalDateTime moved = LocalDateTime.parse(start.getAttribute("value"), FIELD).plusDays(2).withHour(10)
                .withMinute(0);
        setValue(start, FIELD.format(moved));
        browser.clickAndWait(By.cssSelector("form.move button[type=submit]"));

        assertThat(browser.driver.findElement(By.id("moved")).getText()).contains("moved");
        WebElement row = browser.driver.findElement(By.cssSelector("tr[data-meeting='" + meeting + "']"));
        assertThat(row.findElement(By.cssSelector("td.scheduled")).getText()).isEqualTo(SHOWN.format(moved));
        assertThat(row.getText()).contains("Scheduled", "Tokyo", "update 1");
        ZoneId zone = properties.kickoff().zone();
        assertThat(managementService.createJobQuery().processInstanceId(series)
                .activityId(MeetingProcess.TIMER_MEETING_TIME).singleResult().getDuedate().toInstant())
                .as("the meeting's timer moved with it").isEqualTo(moved.atZone(zone).toInstant());
        browser.screenshot("meetings");
        browser.signOut();
    }

    /**
     * The manager opens the dashboard; in a second browser the desk signs with the counterpart; the manager's page,
     * never reloaded, shows the track in force and one more signed agreement within 10 seconds.
     */
    private void signWhileTheManagerWatchesTheDashboard() {
        browser.signIn("pm");
        browser.go("/dashboard");
        By cell = By.cssSelector("td[data-track='" + TRACK + "']");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(page ->
                "CLEARED_FOR_SIGNATURE".equals(page.findElement(cell).getAttribute("data-stage")));
        int signedBefore = Integer.parseInt(browser.driver.findElement(By.id("signed-count")).getText());
        script(browser, "window.stillTheSamePage = true");

        try (Browser desk = Browser.openAnother(port)) {
            desk.signIn("jp-desk");
            desk.go("/tracks/" + TRACK);
            assertThat(desk.driver.findElement(By.id("stage")).getText()).isEqualTo("CLEARED_FOR_SIGNATURE");
            complete(desk, TRACK, TrackProcess.USER_TASK_SIGN, Map.of("signedOn", "2026-04-01", "signedAt", "Tokyo",
                    "usSignatory", "Under Secretary", "counterpartSignatory", "Minister of Economy"));
        }

        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(page ->
                "IN_FORCE".equals(page.findElement(cell).getAttribute("data-stage"))
                        && page.findElement(By.id("signed-count")).getText().equals(String.valueOf(signedBefore + 1)));
        assertThat(script(browser, "return window.stillTheSamePage === true")).as("no reload").isEqualTo(true);
        browser.screenshot("dashboard");
        browser.signOut();
    }

    private void reportAndShowTheTrack() {
        browser.signIn("jp-desk");
        complete(browser, TRACK, TrackProcess.USER_TASK_TRANSMIT_TEXT, Map.of("transmittedOn", "2026-04-10"));
        browser.signOut();
        browser.signIn("legal");
        complete(browser, TRACK, TrackProcess.USER_TASK_REPORT_TO_CONGRESS, Map.of("reportedOn", "2026-05-01"));
        browser.signOut();

        browser.signIn("jp-desk");
        browser.go("/tracks/" + TRACK);
        assertThat(browser.driver.findElement(By.id("stage")).getText()).isEqualTo("REPORTED");
        String timeline = browser.driver.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Completed: Legal review", "Consistent with statute", "Name the minerals covered",
                "Completed: Revise text", "Completed: Sign with counterpart", "Draft version 1 added",
                "Draft version 2 added", "Minerals named");
        assertThat(browser.driver.findElements(By.cssSelector("svg.diagram g.active[data-element-id='"
                + TrackProcess.USER_TASK_CLOSE_TRACK + "']"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("withdraw"))).as("only managers withdraw").isEmpty();
        browser.screenshot("track");

        browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
        List<WebElement> added = browser.driver.findElements(By.cssSelector(".redline .added"));
        assertThat(added).extracting(WebElement::getText).anySatisfy(line -> assertThat(line).contains("lithium"));
        browser.screenshot("redline");

        browser.go("/tracks/" + TRACK + "/drafts/2");
        assertThat(browser.driver.findElement(By.id("draft-text")).getText()).contains("rare earth elements");
        browser.screenshot("draft");
        browser.signOut();
    }

    private void withdrawAnotherTrackAsAManager() {
        browser.signIn("pm");
        browser.go("/tracks/KR-ENERGY");
        browser.driver.findElement(By.id("reason")).sendKeys("Korea asked to pause all talks");
        browser.clickAndWait(By.cssSelector("#withdraw button"));
        assertThat(browser.driver.findElement(By.id("stage")).getText()).isEqualTo("WITHDRAWN");
        assertThat(browser.driver.findElement(By.id("timeline")).getText()).contains("Track withdrawn")
                .contains("Korea asked to pause all talks");
        browser.signOut();
    }

    /** Opens the task from the inbox, fills its fields (radio buttons, check boxes, dates, text) and completes it. */
    private static void complete(Browser browser, String businessKey, String taskKey, Map<String, String> fields) {
        openTask(browser, businessKey, taskKey);
        fields.forEach((name, value) -> {
            WebElement field = browser.driver.findElement(By.name(name));
            String type = field.getAttribute("type");
            if ("radio".equals(type)) {
                browser.driver.findElement(By.cssSelector("input[name=" + name + "][value=" + value + "]")).click();
            } else if ("checkbox".equals(type)) {
                if (Boolean.parseBoolean(value) != field.isSelected()) {
                    field.click();
                }
            } else if ("date".equals(type) || "datetime-local".equals(type)) {
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", field, value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
        submit(browser, taskKey);
    }

    /** Completes the task and checks the inbox says so (else fails with the form's errors). */
    private static void submit(Browser browser, String taskKey) {
        browser.clickAndWait(By.cssSelector("#complete button[type=submit]"));
        List<WebElement> notice = browser.driver.findElements(By.cssSelector("p.notice"));
        if (notice.isEmpty()) {
            throw new AssertionError(taskKey + " not completed: " + browser.driver.findElement(By.tagName("main")).getText());
        }
        assertThat(notice.get(0).getText()).as(taskKey).isEqualTo("Task completed.");
    }

    private static void openTask(Browser browser, String businessKey, String taskKey) {
        browser.go("/inbox");
        browser.clickAndWait(By.cssSelector("tr[data-business-key='" + businessKey + "'][data-task-key='"
                + taskKey + "'] td a"));
    }

    private String context() {
        return browser.driver.findElement(By.id("context")).getText();
    }

    private void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    private static Object script(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }
}
