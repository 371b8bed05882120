package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never downloaded),
 * one browser for the class: loading looks unlike empty, and empty tells the truth; a job shows its parameters and a
 * preview of its image; requests filter by job with decoded URLs and the reason of a 401; the fail, reset and fault
 * buttons do what they say; hostile text stays text; no secret reaches the page. Skipped with a reason when Chromium is
 * missing on a developer machine; in CI ({@code CI=true}) it must run. Screenshots land in {@code target/dashboard*.png}.
 */
class DashboardBrowserTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.jobDuration(Duration.ofSeconds(10))).withManualClock();

    static final String ADMIN_TOKEN = "dash-s3cret";

    /** A second mock, started with {@code --admin-token} and without the request list: the page must say both. */
    @RegisterExtension
    static LtxMockExtension guarded = LtxMockExtension.with(b -> b.jobDuration(Duration.ofSeconds(10)).adminToken(ADMIN_TOKEN)
            .requestJournal(false));

    static DashboardPage page;
    static ChromeDriver browser;

    @RegisterExtension
    static final DashboardPage.PerClass chromium = new DashboardPage.PerClass(p -> {
        page = p;
        browser = p.browser();
    });

    @Test
    void untilItsFirstAnswerThePageSaysLoadingAndNoPanelClaimsEmpty() throws IOException {
        page.block("*/__admin/ltx/dashboard*");
        try {
            page.open(ltx.server().origin());
            page.waiting().until(d -> page.text("#loading-text").startsWith("Could not load the mock's state"));
            assertThat(page.state()).isEqualTo("loading");
            assertThat(page.shown("#loading")).isTrue();
            assertThat(page.shown("#jobs-section")).as("no panel, so no count of 0").isFalse();
            assertThat(page.shown("#jobs-empty")).isFalse();
            assertThat(page.shown("#requests-empty")).isFalse();
            assertThat(page.shown("#settings")).isFalse();
            page.screenshot("dashboard-loading.png");
        } finally {
            page.unblock();
        }
        page.waiting().until(d -> "loaded".equals(page.state()));
        assertThat(page.shown("#loading")).isFalse();
        assertThat(page.text("#jobs-empty")).isEqualTo("No jobs yet: submit one to POST " + ltx.baseUrl() + "/images/flux-edit.");
        assertThat(page.text("#requests-empty")).as("this mock keeps the request list: empty means none came")
                .isEqualTo("No requests yet: requests to " + ltx.baseUrl() + " are listed here as they arrive.");
        assertThat(page.text("#strict-mode")).isEqualTo("on");
        assertThat(page.text("#journal-mode")).isEqualTo("kept (--journal)");
        assertThat(page.text("#admin-token-mode")).isEqualTo("none");
        assertThat(page.text("#job-duration")).isEqualTo("10 s");
        assertThat(page.text("#drifts-empty")).contains("matched the schemas");
        assertThat(page.text("#jobs-count")).isEqualTo("0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJobShowsItsParametersAndAPreviewOfItsInputThenOfItsResult() throws IOException {
        page.openLoaded(ltx.server().origin());
        String hostile = "<img src=x onerror=\"document.title='pwned'\">";
        String id = new MockCalls(ltx).submitJob(",\"seed\":7,\"aspectRatio\":\"9:16\",\"model\":\"flux-premium\",\"replyRef\":\""
                + hostile.replace("\"", "\\\"") + "\"");
        String uuid = ltx.admin().job(id).orElseThrow().uuid();
        page.waiting().until(d -> previewLoaded(id, "input"));
        Map<String, Object> row = page.jobRow(id);
        assertThat((String) row.get("text")).contains("active", "0%");
        assertThat(row.get("params")).isEqualTo(Map.of("model", "flux-premium", "ratio", "9:16", "seed", "7",
                "reference", ltx.admin().job(id).orElseThrow().referenceAssetId(), "replyRef", hostile));
        assertThat(preview(row).get("src")).isEqualTo("/__admin/ltx/jobs/" + uuid + "/thumbnail/input");
        assertThat(preview(row).get("width")).as("the 64x48 input, kept at its size").isEqualTo(64L);
        assertThat((List<Object>) row.get("buttons")).containsExactly("fail this job", "its requests");
        assertThat(row.get("images")).as("server text is shown as text, never parsed as HTML").isEqualTo(0L);
        assertThat(browser.getTitle()).isEqualTo("ltxflux mock");

        ltx.advance(Duration.ofSeconds(4));
        page.waiting().until(d -> "40".equals(page.jobRow(id).get("progress")));
        ltx.advance(Duration.ofSeconds(6));
        page.waiting().until(d -> previewLoaded(id, "result"));
        row = page.jobRow(id);
        assertThat(row.get("phase")).isEqualTo("completed");
        assertThat(preview(row).get("width")).as("the 288x512 result as a 54x96 thumbnail").isEqualTo(54L);
        assertThat((List<Object>) row.get("buttons")).as("a completed job cannot be failed").containsExactly("its requests");
        String href = (String) row.get("href");
        assertThat(href).isEqualTo("/__admin/ltx/artifact/" + uuid);
        var redirect = Http.get(ltx.server().origin() + href, null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String signed = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(signed).as("the link redirects to a freshly signed image").startsWith("/artifacts/jobs/").contains("sig=");
        assertThat(Http.get(ltx.server().origin() + signed, null).headers().firstValue("Content-Type")).contains("image/png");
        assertThat(page.text("#uploads-count")).isEqualTo("2");
    }

    @Test
    void requestsFilterByJobShowDecodedUrlsAndSayWhyA401Was() {
        page.openLoaded(ltx.server().origin());
        MockCalls api = new MockCalls(ltx);
        String a = api.submitJob("");
        String b = api.submitJob("");
        String uuidA = ltx.admin().job(a).orElseThrow().uuid();
        String uuidB = ltx.admin().job(b).orElseThrow().uuid();
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(a), ltx.token());
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(a), "not-the-token");
        page.waiting().until(d -> page.requestRows().size() == 6);
        assertThat(page.text("#requests-count")).as("every request its own row, the two uploads of one instant too").isEqualTo("6");

        List<Map<String, Object>> rows = page.requestRows();
        assertThat(rows.get(0).get("status")).isEqualTo("401");
        assertThat((String) rows.get(0).get("reason")).startsWith("wrong token").doesNotContain("not-the-token");
        assertThat(rows.get(1).get("url")).as("decoded for reading").isEqualTo("/v1/ltxstudio/assets/" + a);
        assertThat((String) rows.get(1).get("title")).isEqualTo("as sent: /v1/ltxstudio/assets/" + MockCalls.encode(a));
        assertThat(rows.get(1).get("reason")).isEqualTo("");

        page.clickInRow(a, "its requests");
        page.waiting().until(d -> page.requestRows().size() == 3);
        assertThat(page.requestRows()).extracting(r -> r.get("job")).containsOnly(uuidA);
        assertThat(page.text("#requests-count")).isEqualTo("3 of 6");

        new Select(browser.findElement(By.id("request-filter"))).selectByValue(uuidB);
        page.waiting().until(d -> page.requestRows().size() == 1);
        assertThat(page.requestRows().get(0).get("job")).isEqualTo(uuidB);
        new Select(browser.findElement(By.id("request-filter"))).selectByValue("");
        page.waiting().until(d -> page.requestRows().size() == 6);
    }

    @Test
    void theFailButtonFailsThatJobOnlyAndTheResetButtonForgetsEverything() throws IOException {
        page.openLoaded(ltx.server().origin());
        MockCalls api = new MockCalls(ltx);
        String failing = api.submitJob(",\"model\":\"flux\",\"seed\":1");
        String completing = api.submitJob(",\"aspectRatio\":\"1:1\",\"replyRef\":\"order-7\"");
        page.waiting().until(d -> page.jobRow(failing) != null);
        page.clickInRow(failing, "fail this job");
        page.waiting().until(d -> "failed".equals(page.jobRow(failing).get("phase")));
        assertThat((String) page.jobRow(failing).get("text")).contains("Failed from the dashboard");
        LtxMockAdmin admin = ltx.admin();
        assertThat(admin.job(failing).orElseThrow().failure()).isEqualTo("Failed from the dashboard");
        assertThat(admin.job(completing).orElseThrow().phase()).as("only that job").isEqualTo("active");
        var read = Http.json(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(failing), ltx.token()));
        assertThat(read.at("/status/type").asText()).isEqualTo("failed");

        ltx.advance(Duration.ofSeconds(10));
        String active = api.submitJob(",\"aspectRatio\":\"9:16\",\"seed\":99,\"model\":\"flux-premium\"");
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(active), "a-wrong-token");
        page.waiting().until(d -> previewLoaded(completing, "result") && previewLoaded(active, "input"));
        page.screenshot("dashboard.png");

        page.click("reset");
        page.waiting().until(d -> page.shown("#jobs-empty"));
        assertThat(admin.jobs()).isEmpty();
        assertThat(admin.requests()).isEmpty();
        assertThat(page.text("#jobs-count")).isEqualTo("0");
        assertThat(page.text("#uploads-count")).as("the preloaded example only").isEqualTo("1");
    }

    @Test
    void aFaultIsAddedAndClearedThroughThePage() throws IOException {
        page.openLoaded(ltx.server().origin());
        assertThat(page.shown("#faults-empty")).isTrue();
        new Select(browser.findElement(By.id("fault-route"))).selectByVisibleText("submit");
        new Select(browser.findElement(By.id("fault-action"))).selectByVisibleText("status");
        WebElement status = browser.findElement(By.id("fault-status"));
        status.clear();
        status.sendKeys("503");
        WebElement times = browser.findElement(By.id("fault-times"));
        times.clear();
        times.sendKeys("2");
        page.click("fault-add");

        page.waiting().until(d -> page.text("#faults tbody tr") != null);
        assertThat(page.text("#faults tbody tr")).contains("submit", "status", "503", "2");
        LtxMockAdmin admin = ltx.admin();
        assertThat(admin.faults()).containsExactly(LtxMockAdmin.Fault.status("submit", 503, 2));
        assertThat(page.shown("#faults-empty")).isFalse();

        page.click("fault-clear");
        page.waiting().until(d -> page.text("#faults tbody tr") == null);
        assertThat(admin.faults()).isEmpty();
    }

    @Test
    void aRefusedFaultShowsTheServersReason() {
        page.openLoaded(ltx.server().origin());
        WebElement status = browser.findElement(By.id("fault-status"));
        status.clear();
        status.sendKeys("200");
        page.click("fault-add");
        page.waiting().until(d -> !page.text("#fault-error").isEmpty());
        assertThat(page.text("#fault-error")).isEqualTo("status: must be between 400 and 599");
        assertThat(ltx.admin().faults()).isEmpty();
    }

    @Test
    void withAnAdminTokenThePageAsksForItOnceSendsItAndShowsNoSecret() {
        String id = new MockCalls(guarded).submitJob("");
        assertThat(Http.get(guarded.server().origin() + "/__admin/ltx/jobs", null).statusCode())
                .as("the admin API itself still needs the token").isEqualTo(401);

        page.open(guarded.server().origin());
        WebElement form = browser.findElement(By.id("token-form"));
        page.waiting().until(d -> form.isDisplayed());
        assertThat(page.state()).isEqualTo("loading");
        page.waiting().until(d -> "waiting for the admin token".equals(page.text("#status")));

        WebElement input = browser.findElement(By.id("admin-token"));
        input.sendKeys("wrong-token");
        page.click("token-save");
        page.waiting().until(d -> form.isDisplayed() && page.text("#token-message").contains("refused"));

        input.sendKeys(ADMIN_TOKEN);
        page.click("token-save");
        page.waiting().until(d -> page.jobRow(id) != null);
        assertThat(form.isDisplayed()).isFalse();
        assertThat(page.script("return sessionStorage.getItem('ltxflux.adminToken')")).isEqualTo(ADMIN_TOKEN);
        page.waiting().until(d -> previewLoaded(id, "input"));
        assertThat((String) preview(page.jobRow(id)).get("src")).as("fetched with the token").startsWith("blob:");
        assertThat(page.text("#admin-token-mode")).isEqualTo("required");
        assertThat(page.text("#journal-mode")).isEqualTo("off (no --journal)");
        assertThat(page.text("#requests-empty")).as("empty tells the truth: this mock lists no requests")
                .startsWith("Requests are not listed: this mock was started without --journal");
        assertThat(page.everything()).doesNotContain(ADMIN_TOKEN, guarded.token());

        browser.navigate().refresh();
        page.waiting().until(d -> "loaded".equals(page.state()));
        assertThat(browser.findElement(By.id("token-form")).isDisplayed()).as("asked once per tab, not per page load").isFalse();

        new Select(browser.findElement(By.id("fault-route"))).selectByVisibleText("status");
        page.click("fault-add");
        page.waiting().until(d -> page.text("#faults tbody tr") != null);
        assertThat(guarded.server().store().faultPlan().all()).hasSize(1);
    }


    private static Map<String, Object> preview(Map<String, Object> row) {
        return DashboardPage.preview(row);
    }

    private static boolean previewLoaded(String jobId, String kind) {
        return page.previewLoaded(jobId, kind);
    }
}
