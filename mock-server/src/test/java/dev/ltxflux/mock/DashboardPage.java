package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard as {@link DashboardBrowserTest} reads it: each read is one script, so a re-render cannot make it stale. */
final class DashboardPage {

    private final ChromeDriver browser;

    DashboardPage(ChromeDriver browser) {
        this.browser = browser;
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
}
