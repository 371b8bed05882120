package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's ledger panels (accounts, scheduler, assets) in a real headless Chromium, as {@link DashboardBrowserTest}
 * runs the rest of the page: a class (and a browser) of its own, so that the longest walk through the page runs beside
 * the others rather than after them. Skipped with a reason when Chromium is missing on a developer machine; in CI
 * ({@code CI=true}) it must run.
 */
class DashboardLedgerBrowserTest {

    /** The mock of the ledger panels (accounts, scheduler, assets), so their counts are this test's own. */
    @RegisterExtension
    static LtxMockExtension ledger = LtxMockExtension.with(b -> b.credits(5).maxJobs(2).jobDuration(Duration.ofSeconds(10)))
            .withManualClock();

    static DashboardPage page;
    static ChromeDriver browser;

    @RegisterExtension
    static final DashboardPage.PerClass chromium = new DashboardPage.PerClass(p -> {
        page = p;
        browser = p.browser();
    });

    @Test
    @SuppressWarnings("unchecked")
    void theLedgerPanelsShowAnAddedAccountsBalanceItsRunningJobWithAStopButtonAndItsAssetsWithThumbnails() throws IOException {
        page.openLoaded(ledger.server().origin());
        page.waiting().until(d -> page.row("ledger-accounts", "email", "user@example.com") != null);
        assertThat(page.text("#scheduler-empty")).startsWith("No job running");
        String email = "panel@example.com";
        String cookie = "lt_id=u7; lt_token=" + DashboardPage.jwt(email) + "; lt_refresh_token=refresh-PANEL-SECRET";
        var added = Http.postJson(ledger.baseUrl() + "/accounts", ledger.token(), "{\"cookie\":\"" + cookie + "\",\"maxJobs\":3}");
        assertThat(added.statusCode()).as(Http.text(added)).isEqualTo(200);
        page.waiting().until(d -> page.row("ledger-accounts", "email", email) != null);
        List<Object> cells = (List<Object>) page.row("ledger-accounts", "email", email).get("cells");
        assertThat(cells).containsExactly(email, "3", "0", "3", "5", "none yet", "…secured…");
        assertThat(page.text("#accounts")).as("the settings line lists the live ledger").contains(email + ": 5 credits, 3 at once");

        String ref = Http.json(Http.upload(ledger.baseUrl() + "/assets/?type=reference-image&email=" + email, ledger.token(),
                "image/png", MockCalls.PNG)).at("/asset/fileId").asText();
        var submitted = Http.postJson(ledger.baseUrl() + "/images/flux-edit", ledger.token(), "{\"email\":\"" + email
                + "\",\"prompt\":\"p\",\"referenceAssetId\":\"" + ref + "\",\"replyRef\":\"order-9\"}");
        String id = Http.json(submitted).get("jobId").asText();
        ledger.advance(Duration.ofSeconds(2));
        page.waiting().until(d -> page.row("scheduler", "jobId", id) != null
                && "4".equals(((List<Object>) page.row("ledger-accounts", "email", email).get("cells")).get(4)));
        Map<String, Object> running = page.row("scheduler", "jobId", id);
        assertThat((List<Object>) running.get("cells")).startsWith(id, email).contains("00:02", "order-9");
        assertThat((List<Object>) running.get("buttons")).containsExactly("Stop");
        assertThat((List<Object>) page.row("ledger-accounts", "email", email).get("cells"))
                .as("balance and slots after the job").containsExactly(email, "3", "1", "2", "4", page.text("#scheduler tbody tr td:nth-child(3)"), "…secured…");
        assertThat(page.script("return document.querySelector('#scheduler-slots li[data-email=\"" + email + "\"]').dataset.available"))
                .isEqualTo("2");
        assertThat(page.text("#scheduler-count")).isEqualTo("1");
        page.screenshot("dashboard-ledger.png");

        page.clickInTableRow("scheduler", "job-id", id, "Stop");
        page.waiting().until(d -> page.row("scheduler", "jobId", id) == null && page.shown("#scheduler-empty"));
        var apiList = Http.json(Http.get(ledger.baseUrl() + "/scheduler", ledger.token()));
        assertThat(apiList).as("the API's GET scheduler no longer lists it").isEmpty();
        page.waiting().until(d -> "0".equals(((List<Object>) page.row("ledger-accounts", "email", email).get("cells")).get(2)));

        ledger.advance(Duration.ofSeconds(10));
        String uuid = ledger.admin().job(id).orElseThrow().uuid();
        page.waiting().until(d -> {
            Map<String, Object> asset = page.row("assets", "id", uuid);
            Map<String, Object> image = asset == null ? null : (Map<String, Object>) asset.get("image");
            return image != null && Boolean.TRUE.equals(image.get("complete")) && ((Number) image.get("width")).longValue() > 0;
        });
        Map<String, Object> asset = page.row("assets", "id", uuid);
        assertThat((String) ((Map<String, Object>) asset.get("image")).get("src")).isEqualTo("/__admin/ltx/assets/" + uuid + "/thumbnail");
        assertThat((String) asset.get("text")).contains("made by " + id, email);
        assertThat((List<Object>) page.script("return Array.from(document.querySelectorAll('#assets tbody tr')).map(r => r.dataset.id)"))
                .as("newest first: the artifact before the upload it was made from").first().isEqualTo(uuid);
        new Select(browser.findElement(By.id("asset-filter"))).selectByVisibleText("videos");
        page.waiting().until(d -> page.shown("#assets-empty") && page.row("assets", "id", uuid) == null);
        assertThat(page.text("#assets-empty")).isEqualTo("No videos held.");
        new Select(browser.findElement(By.id("asset-filter"))).selectByVisibleText("images");
        page.waiting().until(d -> page.row("assets", "id", uuid) != null);

        assertThat(Http.send(Http.request(ledger.baseUrl() + "/accounts/" + email, ledger.token()).DELETE().build()).statusCode())
                .isEqualTo(204);
        page.waiting().until(d -> page.row("ledger-accounts", "email", email) == null);
        assertThat(page.text("#accounts")).doesNotContain(email);
        assertThat(page.everything()).doesNotContain("refresh-PANEL-SECRET", DashboardPage.jwt(email), ledger.token());
        assertThat(ledger.admin().requests()).as("the panels' images are not API requests")
                .noneSatisfy(r -> assertThat(r.url()).contains("thumb"));
    }
}
