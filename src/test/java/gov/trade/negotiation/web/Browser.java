package gov.trade.negotiation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless chromium for the browser tests, with sign-in, screenshots and an axe-core check (WCAG 2.0 and
 * 2.1, levels A and AA). One chromium serves every browser test class of a run ({@link #open}; it quits when the JVM
 * does); {@link #openAnother} starts a second one for a second person at the same time, closed by its caller. Both
 * skip the calling test class, saying so, where chromium or chromedriver is not installed.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** Where the screenshots for the README go. */
    static final Path SCREENSHOTS = Path.of("docs");

    private static WebDriver shared;

    final WebDriver driver;
    private final int port;
    private final boolean own;

    private Browser(WebDriver driver, int port, boolean own) {
        this.driver = driver;
        this.port = port;
        this.own = own;
    }

    /** The run's chromium, signed out, for the application on {@code port}. */
    static synchronized Browser open(int port) {
        if (shared == null) {
            WebDriver driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "chromium-quit"));
            shared = driver;
        }
        Browser browser = new Browser(shared, port, false);
        browser.go("/login");
        shared.manage().deleteAllCookies();
        return browser;
    }

    /** A chromium of its own, for a second person acting while the first one watches. */
    static Browser openAnother(int port) {
        return new Browser(start(), port, true);
    }

    private static WebDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    void go(String path) {
        driver.get("http://localhost:" + port + path);
        loaded();
    }

    /** Clicks what submits a form or follows a link, and waits until the next page has loaded. */
    void clickAndWait(By target) {
        afterNextPage(() -> driver.findElement(target).click());
    }

    /**
     * Does what leaves the page (a click, Enter on a form) and waits until another document has replaced it and
     * loaded: the old one carries a mark the new one lacks. Checking the ready state alone could still see the old
     * page; asking the old page's elements whether they are stale can fail inside chromium while it navigates.
     */
    void afterNextPage(Runnable leave) {
        ((JavascriptExecutor) driver).executeScript("window.leavingThisPage = true");
        leave.run();
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(page ->
                Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(
                        "return window.leavingThisPage === undefined && document.readyState === 'complete'")));
    }

    /** Waits until the page (after a navigation or a form post) has loaded completely. */
    void loaded() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> "complete".equals(
                ((JavascriptExecutor) page).executeScript("return document.readyState"))
                && !page.findElements(By.tagName("body")).isEmpty());
    }

    void signIn(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        loaded();
    }

    void signOut() {
        go("/logout");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
        loaded();
    }

    /** Runs axe-core on the page as it is and fails listing every violation with the elements concerned. */
    void assertAccessible(String what) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on " + what + ": " + results.getErrorMessage()).isFalse();
        assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s (%s):%n%s", what,
                driver.getCurrentUrl(), describe(results.getViolations())).isEmpty();
        assertThat(results.getPasses()).as("axe-core checked something on " + what).isNotEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().limit(5).map(node -> "\n    " + node.getHtml() + "\n      "
                        + String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Writes what the page shows to {@code docs/<name>.png}: the whole page up to 1,800 pixels high, 1,280 wide
     * (the window is set back afterwards).
     */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "window.scrollTo(0, 0); return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 120, 700), 1800)));
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Quits a chromium of its own; the shared one stays for the next test class. */
    @Override
    public void close() {
        if (own) {
            driver.quit();
        }
    }
}
