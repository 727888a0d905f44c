package org.warmpool.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.durability.CrashScenario;

/**
 * Base of the end-to-end tests: the whole app on a random port with the demo data, driven by
 * Debian's headless Chromium through its ChromeDriver (no driver download). They run one at a
 * time and never beside a crash test ({@link CrashScenario#MACHINE}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "warmpool.demo-data.enabled=true")
@ActiveProfiles("test")
@ResourceLock(CrashScenario.MACHINE)
public abstract class BrowserTest {

    protected static final String DEMO_PASSWORD = "warmpool-demo";
    /** How long a step may wait for the page: generous, as the build may share the machine. */
    private static final Duration STEP_WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;

    protected WebDriver driver;
    protected WebDriverWait wait;

    /**
     * A failed step says what the browser showed then (address, title, visible text with any
     * notification) and leaves a screenshot beside the Failsafe reports: a failure on a CI machine
     * can then be understood without running it again.
     */
    @RegisterExtension
    final TestExecutionExceptionHandler pageOnFailure = (context, thrown) -> {
        if (driver == null) {
            throw thrown;
        }
        saveScreenshot(context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName());
        // In the message, so that the build's summary of failures shows it.
        throw new AssertionError(thrown.getMessage() + "\nWhat the browser showed: " + pageNow(), thrown);
    };

    @BeforeEach
    void startBrowser() throws IOException {
        File chromedriver = new File(System.getProperty("warmpool.chromedriver", "/usr/bin/chromedriver"));
        File chromium = new File(System.getProperty("warmpool.chromium", "/usr/bin/chromium"));
        if (!chromedriver.canExecute() || !chromium.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("warmpool-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, STEP_WAIT);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String pageNow() {
        try {
            Object text = ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
            String shown = String.valueOf(text).replaceAll("\\s+", " ").strip();
            return driver.getCurrentUrl() + " \"" + driver.getTitle() + "\": "
                    + (shown.length() > 3000 ? shown.substring(0, 3000) + "..." : shown);
        } catch (RuntimeException browserGone) {
            return "(the browser did not answer: " + browserGone.getMessage() + ")";
        }
    }

    private void saveScreenshot(String name) {
        try {
            File folder = new File("target/failsafe-reports");
            folder.mkdirs();
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(new File(folder, name.replaceAll("[^A-Za-z0-9.]", "_") + ".png").toPath(), png);
        } catch (IOException | RuntimeException noScreenshot) {
            // The failure itself is what matters; a missing picture must not hide it.
        }
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path);
    }

    /**
     * Moves to another page of the app without loading the page again, as a link in the menu does
     * (Vaadin's router event). The title is emptied first: Vaadin sets the new page's title once the
     * view is attached, so a caller waiting for that title waits for the new page, even when the last
     * one had the same title. A move to the page already shown does nothing, as a link to it does not.
     */
    protected void navigateInApp(String path) {
        ((JavascriptExecutor) driver).executeScript("const url = new URL(arguments[0], document.baseURI);"
                + "if (url.pathname + url.search === location.pathname + location.search) return;"
                + "document.title = '';"
                + "window.dispatchEvent(new CustomEvent('vaadin-router-go', {detail: url}));",
                path);
    }

    protected void logIn(String email) {
        logIn(email, DEMO_PASSWORD);
    }

    protected void logIn(String email, String password) {
        WebElement username = wait.until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys(email);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));
    }

    /**
     * Clicks as a user would: once the element is clickable, brought to the middle of the content
     * area (the layout scrolls, not the page), and again if something passing covered it then (the
     * connection indicator at the bottom of the window after a slow answer). An element that stays
     * covered fails the step when the wait runs out.
     */
    protected void click(By what) {
        clickWhenClickable(ExpectedConditions.elementToBeClickable(what));
    }

    protected void click(WebElement element) {
        clickWhenClickable(ExpectedConditions.elementToBeClickable(element));
    }

    private void clickWhenClickable(ExpectedCondition<WebElement> clickable) {
        new WebDriverWait(driver, STEP_WAIT).ignoring(ElementClickInterceptedException.class).until(browser -> {
            WebElement element = clickable.apply(browser);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    protected WebElement waitForText(String cssSelector, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
        return driver.findElement(By.cssSelector(cssSelector));
    }

    /** What the browser's console said about the Content-Security-Policy since the last call. */
    protected List<String> contentSecurityPolicyComplaints() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    /** WCAG 2.1 A and AA violations that axe-core finds on the current page. */
    protected List<String> accessibilityViolations() {
        return axe("tag", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).stream()
                .map(BrowserTest::describe).toList();
    }

    /** axe-core's rules, all of them but those for WCAG's level AAA (the standard here is AA). */
    private static List<String> allRules;

    /**
     * Violations of all of axe-core's rules: WCAG A and AA, best practices and the experimental
     * rules (no tag filter; only the AAA rules are left out), less the few findings inside Vaadin's
     * components listed in {@link AxeExceptions}. {@link #describe(Rule)} puts one in words.
     */
    protected List<Rule> allRulesViolations() {
        if (allRules == null) {
            putAxeOnThePage();
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return axe.getRules().filter(rule => !rule.tags.some(tag => /^wcag2\\d*aaa$/.test(tag)))"
                    + ".map(rule => rule.ruleId);");
            allRules = ids;
        }
        return AxeExceptions.withoutKnown(axe("rule", allRules));
    }

    private static String axeScript;
    private static final ObjectMapper AXE_RESULTS = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Runs axe-core on the whole page (open shadow roots included) and returns its violations. The
     * script goes into the page once, not before every run as the AxeBuilder does, and only the
     * violations come back: a run then takes a fifth of the time, which the sweep's 124 runs need.
     */
    private List<Rule> axe(String runOnly, List<String> values) {
        putAxeOnThePage();
        String json = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: arguments[0], values: arguments[1]}, resultTypes: ['violations']})"
                + ".then(results => done(JSON.stringify(results.violations)), failed => done('failed: ' + failed));",
                runOnly, values);
        if (json == null || json.startsWith("failed: ")) {
            throw new IllegalStateException("axe-core did not run: " + json);
        }
        try {
            return AXE_RESULTS.readValue(json, new TypeReference<List<Rule>>() { });
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("axe-core's answer could not be read: " + json, unreadable);
        }
    }

    private void putAxeOnThePage() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (Boolean.TRUE.equals(page.executeScript("return !!window.axe && typeof window.axe.run === 'function';"))) {
            return;
        }
        try {
            if (axeScript == null) {
                axeScript = new EmbeddedResourceAxeProvider().getScript();
            }
        } catch (IOException | javax.naming.OperationNotSupportedException missing) {
            throw new IllegalStateException("axe-core's script is not on the test class path", missing);
        }
        page.executeScript(axeScript);
    }

    /** A violation as "rule-id: help [where]". */
    protected static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }

    protected void assertAccessible() {
        wait.until(page -> !page.getTitle().isBlank()); // Vaadin sets the title once the view is attached
        // No overlay or message fading in or out: axe reads a fading text as pale.
        wait.until(page -> page.findElements(By.cssSelector("[opening], [closing]")).isEmpty());
        assertThat(accessibilityViolations()).isEmpty();
    }
}
