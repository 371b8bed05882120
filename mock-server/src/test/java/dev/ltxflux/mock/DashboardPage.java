package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard as {@link DashboardBrowserTest} reads it, in one headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, never downloaded): each read is one script, so a re-render cannot make it stale.
 */
final class DashboardPage {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Held so the setting sticks: Selenium warns that it has no CDP bindings for this Chromium, which WebDriver does not need. */
    static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver browser;
    private final ChromeDriverService service;
    private final Path profile;

    private DashboardPage(ChromeDriver browser, ChromeDriverService service, Path profile) {
        this.browser = browser;
        this.service = service;
        this.profile = profile;
    }

    /** Starts the browser; skips the test class with a reason when Chromium is missing, except in CI ({@code CI=true}). */
    /**
     * One browser for a test class: started before its first test, handed to {@code opened} (the class keeps it in its
     * own statics, as classes run side by side), and closed after its last test.
     */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private final Consumer<DashboardPage> opened;
        private DashboardPage page;

        PerClass(Consumer<DashboardPage> opened) {
            this.opened = opened;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            page = start();
            opened.accept(page);
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            if (page != null) {
                page.close();
            }
        }
    }

    static DashboardPage start() throws IOException {
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
        Path profile = Files.createTempDirectory("ltx-dashboard-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File("target/chromedriver.log")).build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1500,1300",
                "--user-data-dir=" + profile);
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new DashboardPage(browser, service, profile);
    }

    ChromeDriver browser() {
        return browser;
    }

    void close() throws IOException {
        browser.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(50));
    }

    /** Opens the dashboard of the mock at {@code origin}, polling every 200 ms. */
    void open(String origin) {
        browser.get(origin + "/__admin/ltx/ui?interval=200");
    }

    /** Opens it and waits for its first answer. */
    void openLoaded(String origin) {
        open(origin);
        waiting().until(d -> "loaded".equals(state()));
    }

    String state() {
        return browser.findElement(By.tagName("body")).getDomAttribute("data-state");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** The text of the first element matching {@code css} as shown (empty when hidden), or null when there is none. */
    String text(String css) {
        return (String) script("const e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
    }

    boolean shown(String css) {
        return Boolean.TRUE.equals(script("const e = document.querySelector(arguments[0]);"
                + " return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';", css));
    }

    /** The job's row: its text, phase, progress, parameters, preview and buttons; null when not shown. */
    @SuppressWarnings("unchecked")
    Map<String, Object> jobRow(String jobId) {
        return (Map<String, Object>) script(
                "for (const r of document.querySelectorAll('#jobs tbody tr')) {"
                + "  if (r.dataset.jobId === arguments[0]) {"
                + "    const a = r.querySelector('a'); const img = r.querySelector('img.thumb');"
                + "    const params = {}; r.querySelectorAll('.param').forEach(p => params[p.dataset.param] = p.querySelector('dd').innerText);"
                + "    return {text: r.innerText, phase: r.dataset.phase, progress: String(r.querySelector('progress').value),"
                + "            params: params, href: a ? a.getAttribute('href') : null,"
                + "            preview: img ? {src: img.getAttribute('src'), kind: img.classList.contains('result') ? 'result' : 'input',"
                + "                            width: img.naturalWidth, complete: img.complete} : null,"
                + "            buttons: Array.from(r.querySelectorAll('button')).map(b => b.innerText),"
                + "            images: r.querySelectorAll('img:not(.thumb)').length};"
                + "  }"
                + "}"
                + "return null;", jobId);
    }

    /**
     * The row of table {@code tableId} whose {@code data-<key>} is {@code value}: its text, its cells' texts, its dataset,
     * its buttons and its first image (src, loaded width); null when not shown.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> row(String tableId, String key, String value) {
        return (Map<String, Object>) script(
                "for (const r of document.querySelectorAll('#' + arguments[0] + ' tbody tr')) {"
                + "  if (r.dataset[arguments[1]] === arguments[2]) {"
                + "    const img = r.querySelector('img');"
                + "    return {text: r.innerText, cells: Array.from(r.cells).map(c => c.innerText), data: Object.assign({}, r.dataset),"
                + "            buttons: Array.from(r.querySelectorAll('button')).map(b => b.innerText),"
                + "            image: img ? {src: img.getAttribute('src'), width: img.naturalWidth, complete: img.complete} : null};"
                + "  }"
                + "}"
                + "return null;", tableId, key, value);
    }

    /** Clicks the button with that text in the row of {@code tableId} whose {@code data-<attribute>} is {@code value}. */
    void clickInTableRow(String tableId, String attribute, String value, String buttonText) {
        for (WebElement row : browser.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            if (value.equals(row.getDomAttribute("data-" + attribute))) {
                for (WebElement b : row.findElements(By.tagName("button"))) {
                    if (b.getText().equals(buttonText)) {
                        b.click();
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no button '" + buttonText + "' in the " + tableId + " row of " + value);
    }

    /** A button of the job's row, by its text: a real click, as a person would. */
    void clickInRow(String jobId, String buttonText) {
        for (WebElement row : browser.findElements(By.cssSelector("#jobs tbody tr"))) {
            if (jobId.equals(row.getDomAttribute("data-job-id"))) {
                for (WebElement b : row.findElements(By.tagName("button"))) {
                    if (b.getText().equals(buttonText)) {
                        b.click();
                        return;
                    }
                }
            }
        }
        throw new AssertionError("no button '" + buttonText + "' in the row of " + jobId);
    }

    void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    /** Each shown request row: its job uuid (or ""), status, URL as shown and reason. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> requestRows() {
        return (List<Map<String, Object>>) script("return Array.from(document.querySelectorAll('#requests tbody tr')).map(r => ({"
                + " job: r.dataset.job || '', status: r.dataset.status, url: r.querySelector('.url').innerText,"
                + " title: r.querySelector('.url').title, reason: r.querySelector('.reason').innerText}));");
    }

    /** The page's whole HTML and text now, for searching it for secrets. */
    String everything() {
        return (String) script("return document.documentElement.outerHTML + '\\n' + document.body.innerText;");
    }

    /** Saves a screenshot under {@code target/}; checks it is an image of some size. */
    Path screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
        Files.delete(shot.toPath());
        return target;
    }

    /** Makes the page's calls to {@code pattern} fail (as an unreachable admin API would) until {@link #unblock()}. */
    void block(String pattern) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(pattern)));
    }

    void unblock() {
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> preview(Map<String, Object> row) {
        return (Map<String, Object>) row.get("preview");
    }

    /** Whether the job's row shows its preview of that kind ({@code input} or {@code result}), loaded. */
    boolean previewLoaded(String jobId, String kind) {
        Map<String, Object> row = jobRow(jobId);
        if (row == null || row.get("preview") == null) {
            return false;
        }
        Map<String, Object> preview = preview(row);
        return kind.equals(preview.get("kind")) && Boolean.TRUE.equals(preview.get("complete"))
                && ((Number) preview.get("width")).longValue() > 0;
    }

    /** An unsigned LTX-style token for {@code email} (the mock reads its claims, not its signature). */
    static String jwt(String email) {
        java.util.Base64.Encoder b = java.util.Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"HS256\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"email\":\"" + email + "\",\"exp\":1900000000}").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + ".sig";
    }
}
