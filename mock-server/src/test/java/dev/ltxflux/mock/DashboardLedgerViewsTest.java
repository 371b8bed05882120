package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.view.AccountView;
import dev.ltxflux.mock.view.DashboardView;
import dev.ltxflux.mock.view.SchedulerView;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin views of the ledger that the dashboard's accounts, scheduler and assets panels show, over real HTTP: the
 * live accounts (added, charged, removed through the API), the running jobs with an admin stop, every account's assets
 * newest first, filtered and paged with real thumbnails; and no cookie value in any admin answer.
 */
class DashboardLedgerViewsTest {

    static final String REFRESH = "refresh-PLANTED-4242";

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.credits(5).maxJobs(3).jobDuration(Duration.ofSeconds(10)))
            .withManualClock();

    private final MockCalls api = new MockCalls(ltx);

    private static String jwt(String email) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"email\":\"" + email + "\",\"exp\":1900000000,\"n\":\"PLANTEDjwt\"}")
                .getBytes(StandardCharsets.UTF_8)) + ".sigPLANTED";
    }

    private static String cookie(String email) {
        return "lt_id=user42; lt_token=" + jwt(email) + "; lt_refresh_token=" + REFRESH;
    }

    private String admin(String path) {
        return ltx.server().origin() + "/__admin/ltx/" + path;
    }

    private HttpResponse<byte[]> addAccount(String email, int maxJobs) {
        HttpResponse<byte[]> r = Http.postJson(ltx.baseUrl() + "/accounts", ltx.token(),
                "{\"cookie\":\"" + cookie(email) + "\",\"maxJobs\":" + maxJobs + "}");
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return r;
    }

    private String submitFor(String email, String extra) {
        String ref = Http.json(Http.upload(ltx.baseUrl() + "/assets/?type=reference-image&email=" + email, ltx.token(),
                "image/png", MockCalls.PNG)).at("/asset/fileId").asText();
        HttpResponse<byte[]> r = api.submit("{\"email\":\"" + email + "\",\"prompt\":\"p\",\"referenceAssetId\":\"" + ref + "\""
                + extra + "}");
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return Http.json(r).get("jobId").asText();
    }

    private static AccountView account(List<AccountView> all, String email) {
        return all.stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow(() -> new AssertionError(email + " in " + all));
    }

    @Test
    void theAccountsViewIsTheLiveLedgerAddedChargedAndRemovedThroughTheApi() {
        String email = "ledger-" + System.nanoTime() + "@example.com";
        addAccount(email, 4);
        AccountView added = account(ltx.admin().accounts(), email);
        assertThat(added.maxJobs()).isEqualTo(4);
        assertThat(added.balance()).isEqualTo(5);
        assertThat(added.executing()).isZero();
        assertThat(added.cookie()).isEqualTo("…secured…");
        assertThat(ltx.admin().settings().accounts()).as("the settings list the live accounts too")
                .anySatisfy(a -> assertThat(a.email()).isEqualTo(email));

        submitFor(email, "");
        AccountView charged = account(ltx.admin().accounts(), email);
        assertThat(charged.balance()).as("a job lowers the balance").isEqualTo(4);
        assertThat(charged.executing()).isEqualTo(1);
        assertThat(charged.available()).isEqualTo(3);
        assertThat(charged.latestJobAt()).isEqualTo(ltx.server().store().clock().instant());
        assertThat(ltx.admin().dashboard().accounts()).as("the dashboard's read is the same view").contains(charged);

        assertThat(Http.send(Http.request(ltx.baseUrl() + "/accounts/" + email, ltx.token()).DELETE().build()).statusCode())
                .isEqualTo(204);
        assertThat(ltx.admin().accounts()).extracting(AccountView::email).doesNotContain(email);
        assertThat(ltx.admin().settings().accounts()).noneSatisfy(a -> assertThat(a.email()).isEqualTo(email));
    }

    @Test
    void theSchedulerViewListsRunningJobsAndTheAdminStopEndsTheirTrackingLikeTheApi() {
        String id = api.submitJob(",\"replyRef\":\"order-77\"");
        String uuid = ltx.admin().job(id).orElseThrow().uuid();
        ltx.advance(Duration.ofSeconds(3));
        SchedulerView view = ltx.admin().scheduler();
        SchedulerView.Running running = view.running().stream().filter(r -> r.jobId().equals(id)).findFirst().orElseThrow();
        assertThat(running.uuid()).isEqualTo(uuid);
        assertThat(running.account()).isEqualTo("user@example.com");
        assertThat(running.replyRef()).isEqualTo("order-77");
        assertThat(running.elapsed()).isEqualTo("00:03");
        SchedulerView.Slots slots = view.available().stream().filter(s -> s.email().equals("user@example.com")).findFirst().orElseThrow();
        assertThat(slots.available()).isEqualTo(slots.maxJobs() - slots.executing());
        assertThat(slots.executing()).isEqualTo((int) view.running().stream().filter(r -> r.account().equals("user@example.com")).count());

        HttpResponse<byte[]> stopped = Http.send(Http.request(admin("scheduler/" + uuid), null).DELETE().build());
        assertThat(stopped.statusCode()).as(Http.text(stopped)).isEqualTo(200);
        assertThat(Http.json(stopped).get("stopped").asText()).isEqualTo(id);
        JsonNode apiList = Http.json(Http.get(ltx.baseUrl() + "/scheduler", ltx.token()));
        List<String> listed = new ArrayList<>();
        apiList.forEach(j -> listed.add(j.get("jobId").asText()));
        assertThat(listed).as("the API's scheduler no longer lists it").doesNotContain(id);
        assertThat(ltx.admin().scheduler().running()).extracting(SchedulerView.Running::jobId).doesNotContain(id);

        HttpResponse<byte[]> again = Http.send(Http.request(admin("scheduler/" + uuid), null).DELETE().build());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Http.json(again).get("error").asText()).startsWith("job: no running job " + uuid);
        String other = api.submitJob("");
        ltx.admin().stopJob(other);
        assertThat(ltx.admin().scheduler().running()).extracting(SchedulerView.Running::jobId).doesNotContain(other);
    }

    @Test
    void theAssetsViewListsEveryAccountsAssetsNewestFirstFilteredPagedWithRealThumbnails() {
        String first = api.uploadPng();
        ltx.advance(Duration.ofSeconds(1));
        String second = api.uploadPng();
        ltx.advance(Duration.ofSeconds(1));
        String job = api.submitJob("");
        ltx.advance(Duration.ofSeconds(10));

        JsonNode all = Http.json(Http.get(admin("assets?limit=100"), null));
        List<String> fileIds = new ArrayList<>();
        all.get("items").forEach(i -> fileIds.add(i.get("fileId").asText()));
        String artifact = "asset:" + ltx.admin().job(job).orElseThrow().uuid() + "-type:image/png";
        assertThat(fileIds).as("newest first: the artifact, its upload, the second upload, the first")
                .containsSubsequence(artifact, second, first);
        assertThat(all.get("totalItems").asInt()).isEqualTo(fileIds.size());
        JsonNode artifactItem = all.get("items").get(fileIds.indexOf(artifact));
        assertThat(artifactItem.get("jobId").asText()).isEqualTo(job);
        assertThat(artifactItem.get("kind").asText()).isEqualTo("images");
        assertThat(artifactItem.get("thumbnail").asText()).isEqualTo("/__admin/ltx/assets/" + ltx.admin().job(job).orElseThrow().uuid() + "/thumbnail");
        HttpResponse<byte[]> thumb = Http.get(ltx.server().origin() + artifactItem.get("thumbnail").asText(), null);
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(thumb.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(thumb.body().length).isGreaterThan(100);

        JsonNode images = Http.json(Http.get(admin("assets?filter=images&limit=100"), null));
        assertThat(images.get("totalItems").asInt()).as("the mock holds images only").isEqualTo(fileIds.size());
        JsonNode videos = Http.json(Http.get(admin("assets?filter=videos"), null));
        assertThat(videos.get("items")).isEmpty();
        assertThat(videos.get("totalItems").asInt()).isZero();
        assertThat(videos.get("filter").asText()).isEqualTo("videos");
        JsonNode page2 = Http.json(Http.get(admin("assets?limit=1&page=2"), null));
        assertThat(page2.get("items")).singleElement().satisfies(i -> assertThat(i.get("fileId").asText()).isEqualTo(fileIds.get(1)));
        assertThat(page2.get("totalPages").asInt()).isEqualTo(fileIds.size());
        assertThat(Http.json(Http.get(admin("assets?limit=1&page=999"), null)).get("items")).isEmpty();
        DashboardView dashboard = ltx.admin().dashboard();
        assertThat(dashboard.assets().items()).as("the dashboard's first page").isNotEmpty();
        assertThat(dashboard.assets().items().get(0).fileId()).isEqualTo(fileIds.get(0));

        String active = api.submitJob("");
        String activeUuid = ltx.admin().job(active).orElseThrow().uuid();
        assertThat(Http.get(admin("assets/" + activeUuid + "/thumbnail"), null).statusCode())
                .as("a running job has no image to show yet").isEqualTo(404);
        assertThat(Http.get(admin("assets/00000000-0000-4000-8000-000000000000/thumbnail"), null).statusCode()).isEqualTo(404);
        assertThat(ltx.admin().requests()).as("the dashboard's thumbnails never enter the API's request list")
                .noneSatisfy(r -> assertThat(r.url()).contains("thumb"));
        HttpResponse<byte[]> bad = Http.get(admin("assets?filter=pictures&limit=0&page=x"), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("error").asText()).as("every parameter at fault, at once").isEqualTo(
                "page: must be a whole number from 1 to 2147483647 (was x); limit: must be a whole number from 1 to 100 (was 0); "
                        + "filter: must be one of images, videos, audio, other");
        HttpResponse<byte[]> bad2 = Http.get(admin("dashboard?assetFilter=pictures&assetLimit=0"), null);
        assertThat(bad2.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad2).get("error").asText())
                .as("named as the dashboard's query names them")
                .isEqualTo("assetLimit: must be a whole number from 1 to 100 (was 0); assetFilter: must be one of images, videos, audio, other");
    }

    @Test
    void noAdminOrDashboardAnswerEverCarriesAPlantedCookieValue() {
        String email = "planted-" + System.nanoTime() + "@example.com";
        String created = Http.text(addAccount(email, 2));
        String id = submitFor(email, "");
        Http.postJson(ltx.baseUrl() + "/accounts", ltx.token(), "{\"cookie\":\"" + cookie(email) + "\",\"maxJobs\":3}");
        String uuid = ltx.admin().job(id).orElseThrow().uuid();
        List<String> paths = List.of("dashboard", "dashboard?assetFilter=images&assetLimit=100", "jobs", "requests", "uploads",
                "webhooks", "clock", "faults", "drifts", "accounts", "scheduler", "assets?limit=100", "stats", "ui",
                "ui/style.css", "jobs/" + uuid + "/thumbnail/input");
        List<String> answers = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<byte[]> r = Http.get(admin(path), null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            answers.add(new String(r.body(), StandardCharsets.UTF_8)); // a PNG too: the secrets are ASCII
        }
        for (String module : dev.ltxflux.mock.extension.DashboardResource.SCRIPTS) {
            answers.add(Http.text(Http.get(admin("ui/" + module), null)));
        }
        assertThat(answers.get(0)).as("the planted account is shown").contains(email);
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i)).as(i < paths.size() ? paths.get(i) : "a dashboard module")
                    .doesNotContain(REFRESH, "PLANTEDjwt", "sigPLANTED", jwt(email), "lt_refresh_token=r", "lt_token=ey");
        }
        assertThat(created).doesNotContain(REFRESH);
        assertThat(answers.get(0)).as("the request list shows that a cookie was sent, hidden").contains("…secured…");
    }
}
