package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.track.TrackTimeline;

/**
 * One task walked with the keyboard alone, as someone who does not use a mouse: sign in, open the inbox, open the task,
 * claim it, choose a decision, write a reason and complete it, each by Tab, arrow keys, typing and Enter; and scroll
 * the process diagram. Nothing is clicked. Skipped, saying so, where chromium is not installed.
 */
@SharedBrowserContext
class KeyboardOnlyBrowserTests {

    private static final String TRACK = "JP-SEMICONDUCTORS";
    private static final int MAX_TABS = 120;

    @Autowired
    ProgramService programs;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TrackTimeline timeline;
    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void startProgramWithATrackInReview() {
        browser = Browser.open(port);
        ProgramJobs.kickoff(programs, managementService); // once for the shared context: a second start changes nothing
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(TRACK)
                .taskDefinitionKey(TrackProcess.USER_TASK_DRAFT_TEXT).singleResult().getId());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldSignInClaimFillAndCompleteATaskWithTheKeyboardAlone() {
        String task = taskService.createTaskQuery().processInstanceBusinessKey(TRACK)
                .taskDefinitionKey(TrackProcess.USER_TASK_LEGAL_REVIEW).singleResult().getId();
        browser.go("/login");

        tabTo(element -> "username".equals(element.getAttribute("id")));
        type("legal");
        tabTo(element -> "password".equals(element.getAttribute("id")));
        typeAndWait("demo" + Keys.ENTER);

        tabTo(element -> "a".equals(element.getTagName()) && element.getAttribute("href").endsWith("/inbox")
                && element.getText().equals("Inbox"));
        typeAndWait(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/inbox");

        tabTo(element -> "a".equals(element.getTagName()) && element.getAttribute("href").endsWith("/tasks/" + task));
        typeAndWait(Keys.ENTER);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/tasks/" + task);

        tabTo(element -> "claim".equals(element.getAttribute("id")));
        typeAndWait(Keys.ENTER);
        assertThat(browser.driver.findElement(org.openqa.selenium.By.id("assignee")).getText()).isEqualTo("legal");

        tabTo(element -> "radio".equals(element.getAttribute("type")));
        type(Keys.ARROW_DOWN);
        WebElement decision = focused();
        assertThat(decision.getAttribute("value")).isEqualTo("REQUEST_CHANGES");
        assertThat(decision.isSelected()).as("an arrow key selects within the radio group").isTrue();
        tabTo(element -> "comment".equals(element.getAttribute("id")));
        type("Article 3 conflicts with export controls.");
        tabTo(element -> "button".equals(element.getTagName()) && element.getText().equals("Complete task"));
        typeAndWait(Keys.ENTER);

        assertThat(browser.driver.getCurrentUrl()).contains("/inbox?completed=" + task);
        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(task).singleResult();
        assertThat(done.getEndTime()).isNotNull();
        assertThat(done.getAssignee()).isEqualTo("legal");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(done.getProcessInstanceId())
                .variableName(TrackProcess.VAR_LEGAL_COMMENT).singleResult().getValue())
                .isEqualTo("Article 3 conflicts with export controls.");
        assertThat(timeline.of(done.getProcessInstanceId())).anySatisfy(entry -> {
            assertThat(entry.who()).isEqualTo("legal");
            assertThat(entry.decision()).isEqualTo("REQUEST_CHANGES");
        });
    }

    @Test
    void shouldScrollTheProcessDiagramWithTheArrowKeys() {
        browser.signIn("jp-desk");
        browser.go("/tracks/" + TRACK);

        tabTo(element -> element.getAttribute("class").contains("diagram-wrap"));
        WebElement region = focused();
        assertThat(region.getAttribute("role")).isEqualTo("region");
        assertThat(region.getAttribute("aria-label")).contains("Process diagram");
        long before = scrollLeft(region);
        for (int i = 0; i < 10; i++) {
            type(Keys.ARROW_RIGHT);
        }

        assertThat(scrollLeft(region)).isGreaterThan(before);
    }

    private long scrollLeft(WebElement element) {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return Math.round(arguments[0].scrollLeft)", element)).longValue();
    }

    /** Presses Tab until the focused element is the one wanted; fails naming what Tab went through. */
    private void tabTo(Predicate<WebElement> wanted) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            type(Keys.TAB);
            WebElement element = focused();
            if (wanted.test(element)) {
                return;
            }
            passed.add(element.getTagName() + "#" + element.getAttribute("id") + "[" + element.getText() + "]");
        }
        throw new AssertionError("Tab never reached the element; it went through " + passed);
    }

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    /** Types keys that leave the page (Enter on a link or a form) and waits until the next page has loaded. */
    private void typeAndWait(CharSequence keys) {
        browser.afterNextPage(() -> type(keys));
    }

    private void type(CharSequence keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }
}
