package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never downloaded):
 * a job submitted over HTTP shows with its progress, a fault is added and cleared through the page, hostile text stays
 * text. Skipped with a reason when Chromium is missing on a developer machine; in CI ({@code CI=true}) it must run.
 */
class DashboardBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.jobDuration(Duration.ofSeconds(10))).withManualClock();

    static final String ADMIN_TOKEN = "dash-s3cret";

    /** A second mock, started with {@code --admin-token}: the page must ask for the token and send it. */
    @RegisterExtension
    static LtxMockExtension guarded = LtxMockExtension.with(b -> b.jobDuration(Duration.ofSeconds(10)).adminToken(ADMIN_TOKEN));

    /** Held so the setting sticks: Selenium warns that it has no CDP bindings for Chromium 156, which WebDriver does not need. */
    static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static ChromeDriverService service;
    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: .ci/run installs chromium chromium-driver");
            }
            Assumptions.abort("dashboard browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (apt-get install chromium chromium-driver); CI runs it");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        SELENIUM_LOG.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("ltx-dashboard-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log")).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1500,1300",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50));
    }

    private void open() {
        browser.get(ltx.server().origin() + "/__admin/ltx/ui?interval=200");
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    /** The job's row as the page shows it, read in one script so that a re-render cannot make it stale. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> jobRow(String jobId) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "for (const r of document.querySelectorAll('#jobs tbody tr')) {"
                + "  if (r.dataset.jobId === arguments[0]) {"
                + "    const a = r.querySelector('a');"
                + "    return {text: r.innerText, phase: r.dataset.phase, progress: String(r.querySelector('progress').value),"
                + "            images: r.querySelectorAll('img').length, href: a ? a.getAttribute('href') : null};"
                + "  }"
                + "}"
                + "return null;", jobId);
    }

    private String text(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
    }

    @Test
    void aSubmittedJobAppearsWithItsProgressThenItsArtifact() throws IOException {
        open();
        String hostile = "<img src=x onerror=\"document.title='pwned'\">";
        String id = new MockCalls(ltx).submitJob(",\"replyRef\":\"" + hostile.replace("\"", "\\\"") + "\"");
        waiting().until(d -> jobRow(id) != null);
        assertThat((String) jobRow(id).get("text")).contains("active", "0%");

        ltx.advance(Duration.ofSeconds(4));
        waiting().until(d -> "40".equals(jobRow(id).get("progress")));
        Map<String, Object> row = jobRow(id);
        assertThat((String) row.get("text")).contains("40%", "active")
                .as("server text is shown as text, never parsed as HTML").contains(hostile);
        assertThat(row.get("images")).isEqualTo(0L);
        assertThat(browser.getTitle()).isEqualTo("ltxflux mock");

        ltx.advance(Duration.ofSeconds(6));
        waiting().until(d -> "completed".equals(jobRow(id).get("phase")));
        String href = (String) jobRow(id).get("href");
        assertThat(href).startsWith("/__admin/ltx/artifact/");
        var redirect = Http.get(ltx.server().origin() + href, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String signed = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(signed).as("the link redirects to a freshly signed image").startsWith("/artifacts/jobs/").contains("sig=");
        assertThat(Http.get(ltx.server().origin() + signed, null).headers().firstValue("Content-Type")).contains("image/png");
        assertThat(text("#uploads-count")).isEqualTo("2");
        assertThat(text("#requests")).contains("/v1/ltxstudio/images/flux-edit");
        screenshot("dashboard.png");
    }

    @Test
    void aFaultIsAddedAndClearedThroughThePage() throws IOException {
        open();
        new Select(browser.findElement(By.id("fault-route"))).selectByVisibleText("submit");
        new Select(browser.findElement(By.id("fault-action"))).selectByVisibleText("status");
        WebElement status = browser.findElement(By.id("fault-status"));
        status.clear();
        status.sendKeys("503");
        WebElement times = browser.findElement(By.id("fault-times"));
        times.clear();
        times.sendKeys("2");
        browser.findElement(By.id("fault-add")).click();

        waiting().until(d -> text("#faults tbody tr") != null);
        assertThat(text("#faults tbody tr")).contains("submit", "status", "503", "2");
        LtxMockAdmin admin = ltx.admin();
        assertThat(admin.faults()).containsExactly(LtxMockAdmin.Fault.status("submit", 503, 2));
        screenshot("dashboard-fault.png");

        browser.findElement(By.id("fault-clear")).click();
        waiting().until(d -> text("#faults tbody tr") == null);
        assertThat(admin.faults()).isEmpty();
    }

    @Test
    void aRefusedFaultShowsTheServersReason() {
        open();
        WebElement status = browser.findElement(By.id("fault-status"));
        status.clear();
        status.sendKeys("200");
        browser.findElement(By.id("fault-add")).click();
        waiting().until(d -> !text("#fault-error").isEmpty());
        assertThat(text("#fault-error")).isEqualTo("status: must be between 400 and 599");
        assertThat(ltx.admin().faults()).isEmpty();
    }

    @Test
    void withAnAdminTokenThePageAsksForItOnceAndSendsItOnEveryCall() throws IOException {
        String id = new MockCalls(guarded).submitJob("");
        assertThat(Http.get(guarded.server().origin() + "/__admin/ltx/jobs", null).statusCode())
                .as("the admin API itself still needs the token").isEqualTo(401);

        browser.get(guarded.server().origin() + "/__admin/ltx/ui?interval=200");
        WebElement form = browser.findElement(By.id("token-form"));
        waiting().until(d -> form.isDisplayed());
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-loaded")).isNull();
        waiting().until(d -> "waiting for the admin token".equals(text("#status")));

        WebElement input = browser.findElement(By.id("admin-token"));
        input.sendKeys("wrong-token");
        browser.findElement(By.id("token-save")).click();
        waiting().until(d -> form.isDisplayed() && text("#token-message").contains("refused"));

        input.sendKeys(ADMIN_TOKEN);
        browser.findElement(By.id("token-save")).click();
        waiting().until(d -> jobRow(id) != null);
        assertThat(form.isDisplayed()).isFalse();
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('ltxflux.adminToken')"))
                .isEqualTo(ADMIN_TOKEN);

        browser.navigate().refresh();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
        assertThat(browser.findElement(By.id("token-form")).isDisplayed()).as("asked once per tab, not per page load").isFalse();

        new Select(browser.findElement(By.id("fault-route"))).selectByVisibleText("status");
        browser.findElement(By.id("fault-add")).click();
        waiting().until(d -> text("#faults tbody tr") != null);
        assertThat(guarded.server().store().faults()).hasSize(1);
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
        List.of(shot).forEach(File::delete);
    }
}
