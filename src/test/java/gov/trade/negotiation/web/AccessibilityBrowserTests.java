package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import gov.trade.negotiation.drafts.DraftTexts;
import gov.trade.negotiation.drafts.Drafts;
import gov.trade.negotiation.meetings.MeetingProcess;
import gov.trade.negotiation.program.ProgramJobs;
import gov.trade.negotiation.program.ProgramService;
import gov.trade.negotiation.security.CurrentUser;
import gov.trade.negotiation.track.TrackDriver;
import gov.trade.negotiation.track.TrackProcess;
import gov.trade.negotiation.workflow.ProcessVocabulary;

/**
 * WCAG 2.1 AA on every page for the roles that see it: axe-core runs inside chromium on each page of the table below
 * and any violation fails the build, listing the rules and elements. The task page is checked for every kind of form,
 * and once with a rejected form's error messages showing. Skipped, saying so, where chromium is not installed.
 */
@SharedBrowserContext
class AccessibilityBrowserTests {

    private static final String TRACK = "JP-ENERGY";

    /** One page as one user sees it; {@code before} acts on the page first (e.g. submits an empty form). */
    record Page(String name, String user, Function<AccessibilityBrowserTests, String> path, String form,
            Consumer<Browser> before) {

        @Override
        public String toString() {
            return name + " as " + (user == null ? "anonymous" : user);
        }
    }

    static final List<Page> PAGES = List.of(
            page("sign-in", null, t -> "/login"),
            page("problem types", null, t -> "/problems"),
            page("problem type", null, t -> "/problems/invalid-input"),
            page("inbox", "jp-desk", t -> "/inbox"),
            page("inbox filtered", "jp-desk", t -> "/inbox?stage=DRAFTING&overdue=true"),
            page("inbox", "legal", t -> "/inbox"),
            page("inbox", "pm", t -> "/inbox"),
            task("request authority to negotiate", "jp-desk", "AUTHORITY_REQUEST",
                    t -> t.taskOf("JP-TRANSPORTATION_LOGISTICS", TrackProcess.USER_TASK_REQUEST_AUTHORITY)),
            task("drafting task", "jp-desk", "DRAFTING",
                    t -> t.taskOf("JP-CRITICAL_MINERALS", TrackProcess.USER_TASK_DRAFT_TEXT)),
            new Page("drafting task, rejected form", "jp-desk",
                    t -> "/tasks/" + t.taskOf("JP-CRITICAL_MINERALS", TrackProcess.USER_TASK_DRAFT_TEXT), "DRAFTING",
                    browser -> {
                        browser.driver.findElement(By.id("note")).sendKeys("A note, but the text is unchanged");
                        browser.clickAndWait(By.cssSelector("#complete button[type=submit]"));
                    }),
            task("send text", "jp-desk", "NOTE",
                    t -> t.taskOf("JP-AI_INFRASTRUCTURE", TrackProcess.USER_TASK_SEND_TEXT)),
            task("record counterpart answer", "jp-desk", "DECISION",
                    t -> t.taskOf("JP-ADVANCED_MANUFACTURING", TrackProcess.USER_TASK_RECORD_ANSWER)),
            task("initial agreed text", "kr-desk", "INITIALING",
                    t -> t.taskOf("KR-ENERGY", TrackProcess.USER_TASK_INITIAL_TEXT)),
            task("sign with counterpart", "au-desk", "SIGNATURE",
                    t -> t.taskOf("AU-ENERGY", TrackProcess.USER_TASK_SIGN)),
            task("transmit to treaty affairs", "gb-desk", "DATE",
                    t -> t.taskOf("GB-ENERGY", TrackProcess.USER_TASK_TRANSMIT_TEXT)),
            task("legal review", "legal", "DECISION",
                    t -> t.taskOf(TRACK, TrackProcess.USER_TASK_LEGAL_REVIEW)),
            new Page("legal review, rejected form", "legal",
                    t -> "/tasks/" + t.taskOf(TRACK, TrackProcess.USER_TASK_LEGAL_REVIEW), "DECISION",
                    browser -> {
                        browser.clickAndWait(By.cssSelector("#complete button[type=submit]"));
                    }),
            task("schedule meeting", "jp-desk", "SCHEDULE_MEETING",
                    t -> t.taskOf(MeetingProcess.seriesKey("JP"), MeetingProcess.USER_TASK_SCHEDULE_MEETING)),
            task("record minutes", "kr-desk", "MINUTES",
                    t -> t.taskOf(MeetingProcess.seriesKey("KR"), MeetingProcess.USER_TASK_RECORD_MINUTES)),
            page("tracks", "jp-desk", t -> "/tracks"),
            page("tracks", "pm", t -> "/tracks"),
            page("track", "jp-desk", t -> "/tracks/" + TRACK),
            page("track", "minerals-lead", t -> "/tracks/JP-CRITICAL_MINERALS"),
            page("track", "pm", t -> "/tracks/" + TRACK),
            page("draft", "jp-desk", t -> "/tracks/" + TRACK + "/drafts/2"),
            page("redline", "legal", t -> "/tracks/" + TRACK + "/redline?from=1&to=2"),
            page("program", "jp-desk", t -> "/program"),
            page("program", "admin", t -> "/program"),
            page("dashboard", "pm", t -> "/dashboard"),
            page("dashboard, a desk's row", "jp-desk", t -> "/dashboard"),
            page("dashboard, an area lead's column", "energy-lead", t -> "/dashboard"),
            page("outbox", "admin", t -> "/admin/outbox"),
            page("meetings, with the move form", "au-desk", t -> "/meetings"),
            page("meetings", "pm", t -> "/meetings"),
            page("meetings, none to see", "legal", t -> "/meetings"),
            new Page("meetings, rejected move", "au-desk", t -> "/meetings?nation=AU", null, browser -> {
                ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = ''",
                        browser.driver.findElement(By.cssSelector("form.move input[name=start]")));
                browser.clickAndWait(By.cssSelector("form.move button[type=submit]"));
            }),
            page("error: another desk's track", "kr-desk", t -> "/tracks/" + TRACK));

    @Autowired
    ProgramService programs;
    @Autowired
    Drafts drafts;
    @Autowired
    DraftTexts texts;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    List<ProcessVocabulary> vocabularies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @LocalServerPort
    int port;

    private Browser browser;
    private String signedIn;

    @BeforeAll
    void bringEveryKindOfPageAbout() {
        browser = Browser.open(port);
        ProgramJobs.kickoff(programs, managementService); // once for the shared context: a second start changes nothing
        CurrentUser desk = new CurrentUser("jp-desk", Set.of("desk-jp"));
        drafts.add(desk, TRACK, "Article 1\nThe parties cooperate on energy.", "First draft");
        drafts.add(desk, TRACK, "Article 1\nThe parties cooperate on energy and grids.", "Grids added");
        drafts.add(desk, "JP-CRITICAL_MINERALS", "Article 1\nThe parties secure critical minerals.", "First draft");
        taskService.complete(taskOf(TRACK, TrackProcess.USER_TASK_DRAFT_TEXT));
        TrackDriver tracks = new TrackDriver(taskService, texts);
        tracks.driveTo(instanceOf("JP-AI_INFRASTRUCTURE"), TrackProcess.USER_TASK_SEND_TEXT, "AGREED");
        tracks.driveTo(instanceOf("JP-ADVANCED_MANUFACTURING"), TrackProcess.USER_TASK_RECORD_ANSWER, "AGREED");
        tracks.driveTo(instanceOf("KR-ENERGY"), TrackProcess.USER_TASK_INITIAL_TEXT, "AGREED");
        tracks.driveTo(instanceOf("AU-ENERGY"), TrackProcess.USER_TASK_SIGN, "AGREED");
        tracks.driveTo(instanceOf("GB-ENERGY"), TrackProcess.USER_TASK_TRANSMIT_TEXT, "AGREED");
        fire(MeetingProcess.TIMER_SCHEDULING_WINDOW, "JP");
        fire(MeetingProcess.TIMER_SCHEDULING_WINDOW, "KR");
        taskService.complete(taskOf(MeetingProcess.seriesKey("KR"), MeetingProcess.USER_TASK_SCHEDULE_MEETING),
                Map.of("place", "Seoul"));
        fire(MeetingProcess.TIMER_MEETING_TIME, "KR");
        fire(MeetingProcess.TIMER_SCHEDULING_WINDOW, "AU");
        taskService.complete(taskOf(MeetingProcess.seriesKey("AU"), MeetingProcess.USER_TASK_SCHEDULE_MEETING),
                Map.of("place", "Canberra"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<Arguments> pages() {
        return PAGES.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void shouldHaveNoWcag21AaViolation(Page page) {
        signInAs(page.user());
        browser.go(page.path().apply(this));
        if (page.before() != null) {
            page.before().accept(browser);
        }

        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.assertAccessible(page.toString());
    }

    @Test
    void shouldCheckEveryKindOfTaskForm() {
        Set<String> checked = PAGES.stream().map(Page::form).filter(kind -> kind != null).collect(Collectors.toSet());
        Set<String> inUse = new TreeSet<>();
        for (ProcessVocabulary vocabulary : vocabularies) {
            repositoryService.getBpmnModelInstance(repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(vocabulary.processKey()).latestVersion().singleResult().getId())
                    .getModelElementsByType(UserTask.class)
                    .forEach(task -> inUse.add(vocabulary.formOf(task.getId()).kind()));
        }

        assertThat(checked).containsExactlyInAnyOrderElementsOf(inUse);
    }

    @Test
    void shouldTieEveryErrorMessageToItsFieldAndGroupDecisionsUnderALegend() {
        signInAs("legal");
        browser.go("/tasks/" + taskOf(TRACK, TrackProcess.USER_TASK_LEGAL_REVIEW));
        WebElement decisions = browser.driver.findElement(By.id("decision"));
        assertThat(decisions.getTagName()).isEqualTo("fieldset");
        assertThat(decisions.findElement(By.tagName("legend")).getText()).isEqualTo("Decision");
        assertThat(decisions.findElements(By.cssSelector("input[type=radio]"))).hasSizeGreaterThan(1);
        assertThat(decisions.getAttribute("aria-invalid")).isNull();

        browser.clickAndWait(By.cssSelector("#complete button[type=submit]"));

        decisions = browser.driver.findElement(By.id("decision"));
        assertThat(decisions.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(describedBy(decisions)).contains("Decision is required");
        assertThat(browser.driver.findElement(By.id("comment")).getAttribute("aria-invalid")).isNull();
        assertThat(browser.driver.findElement(By.cssSelector("#error-summary a[href='#decision']")).getText())
                .isEqualTo("Decision is required");

        signInAs("jp-desk");
        browser.go("/tasks/" + taskOf("JP-CRITICAL_MINERALS", TrackProcess.USER_TASK_DRAFT_TEXT));
        WebElement text = browser.driver.findElement(By.id("text"));
        assertThat(text.getAttribute("value")).isEqualTo("Article 1\nThe parties secure critical minerals.");
        assertThat(describedBy(text)).contains("Plain text or Markdown");
        browser.driver.findElement(By.id("note")).sendKeys("A note, but the text is unchanged");
        browser.clickAndWait(By.cssSelector("#complete button[type=submit]"));

        WebElement note = browser.driver.findElement(By.id("note"));
        assertThat(note.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(note.getAttribute("value")).isEqualTo("A note, but the text is unchanged");
        assertThat(describedBy(note)).contains("goes with a new version");
        assertThat(browser.driver.findElement(By.id("text")).getAttribute("aria-invalid")).isNull();
    }

    /** The texts of the elements an element's aria-describedby names, as a screen reader reads them. */
    private String describedBy(WebElement element) {
        String ids = element.getAttribute("aria-describedby");
        assertThat(ids).as("aria-describedby of #" + element.getAttribute("id")).isNotBlank();
        StringBuilder text = new StringBuilder();
        for (String id : ids.trim().split("\\s+")) {
            text.append(browser.driver.findElement(By.id(id)).getText()).append(' ');
        }
        return text.toString();
    }

    @Test
    void shouldGiveTheDashboardsChartATextAlternative() {
        signInAs("pm");
        browser.go("/dashboard");

        var chart = browser.driver.findElement(By.id("signed-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label")).startsWith("Signed agreements over time:");
    }

    private void signInAs(String user) {
        if (user == null) {
            signOutIfNeeded();
        } else if (!user.equals(signedIn)) {
            signOutIfNeeded();
            browser.signIn(user);
            signedIn = user;
        }
    }

    private void signOutIfNeeded() {
        if (signedIn != null) {
            browser.signOut();
            signedIn = null;
        }
    }

    private String instanceOf(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(TrackProcess.KEY).singleResult().getId();
    }

    String taskOf(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    private void fire(String timer, String nation) {
        String series = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(MeetingProcess.seriesKey(nation)).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(series).activityId(timer)
                .singleResult().getId());
    }

    private static Page page(String name, String user, Function<AccessibilityBrowserTests, String> path) {
        return new Page(name, user, path, null, null);
    }

    private static Page task(String name, String user, String form,
            Function<AccessibilityBrowserTests, String> taskId) {
        return new Page(name, user, t -> "/tasks/" + taskId.apply(t), form, null);
    }
}
