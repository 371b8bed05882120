package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.view.DashboardView;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.RequestView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin views over real HTTP: what {@code GET /__admin/ltx/dashboard} and the single routes show, read back through
 * {@link LtxMockAdmin} (the same mapping), and that no secret ever reaches them.
 */
class AdminViewsTest {

    static final String API_TOKEN = "api-Tok3n/with+odd=chars";
    static final String ADMIN_TOKEN = "admin-s3cret-7f3a";

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.token(API_TOKEN).adminToken(ADMIN_TOKEN)
            .jobDuration(Duration.ofSeconds(10))).withManualClock();

    private final MockCalls api = new MockCalls(ltx);

    private String admin(String path) {
        return ltx.server().origin() + "/__admin/ltx/" + path;
    }

    @Test
    void noAdminAnswerAndNoDashboardFileEverCarriesTheApiTokenTheAdminTokenOrACookie() {
        String id = api.submitJob(",\"replyRef\":\"" + API_TOKEN + "\"");
        api.submit("{\"prompt\":\"the token is " + API_TOKEN + " and the admin one " + ADMIN_TOKEN + "\"}");
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id) + "?token=" + MockCalls.encode(API_TOKEN), ltx.token());
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ADMIN_TOKEN);
        Http.postJson(ltx.baseUrl() + "/accounts", ltx.token(),
                "{\"cookie\":\"lt_token=eyJhbGciOi.cookie-part; lt_refresh_token=refresh-part-99\",\"maxJobs\":2}");

        List<String> answers = List.of("dashboard", "jobs", "requests", "uploads", "webhooks", "clock", "faults", "drifts",
                "accounts", "scheduler", "assets", "stats", "ui", "ui/main.js", "ui/api.js", "ui/ledger.js", "ui/style.css").stream()
                .map(path -> {
                    HttpResponse<byte[]> r = Http.get(admin(path), ADMIN_TOKEN);
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                    return Http.text(r);
                }).toList();
        String dashboard = answers.get(0);
        assertThat(dashboard).as("the request list holds what was sent").contains("the token is", "/v1/ltxstudio/accounts");
        for (String answer : answers) {
            assertThat(answer).doesNotContain(API_TOKEN, MockCalls.encode(API_TOKEN), ADMIN_TOKEN, "cookie-part",
                    "refresh-part-99");
        }
        assertThat(dashboard).contains("…secured…");
    }

    @Test
    void theDashboardReadTellsHowTheMockWasStartedAndReadsBackThroughTheSameMapping() {
        String id = api.submitJob(",\"seed\":42,\"aspectRatio\":\"1:1\",\"model\":\"flux-premium\"");
        DashboardView view = ltx.admin().dashboard();
        assertThat(view.settings().strict()).isTrue();
        assertThat(view.settings().journal()).isTrue();
        assertThat(view.settings().adminTokenRequired()).isTrue();
        assertThat(view.settings().baseUrl()).isEqualTo(ltx.baseUrl());
        assertThat(view.settings().jobDurationMillis()).isEqualTo(10_000);
        assertThat(view.settings().accounts()).isNotEmpty();
        assertThat(view.clock().controllable()).isTrue();
        assertThat(view.clock().frozen()).isTrue();
        JobView job = view.jobs().get(0);
        assertThat(job).isEqualTo(ltx.admin().job(id).orElseThrow());
        assertThat(job.seed()).isEqualTo(42L);
        assertThat(job.aspectRatio()).isEqualTo("1:1");
        assertThat(job.model()).isEqualTo("flux-premium");
        assertThat(job.phase()).isEqualTo("active");
        assertThat(job.thumbnailOf()).isEqualTo("input");
        assertThat(view.uploads()).hasSize(2);
        assertThat(view.requests()).extracting(RequestView::method).containsExactly("POST", "POST");
    }

    @Test
    void requestsNameTheirJobDecodeTheirUrlAndSayWhyA401Was() {
        String id = api.submitJob("");
        String uuid = ltx.admin().job(id).orElseThrow().uuid();
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ltx.token());
        Http.send(HttpRequest.newBuilder(java.net.URI.create(ltx.baseUrl() + "/assets/" + MockCalls.encode(id))).GET().build());
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), "not-the-token");
        Http.send(Http.request(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), null)
                .header("Authorization", "Basic dXNlcjpwYXNz").GET().build());
        api.submit("{\"referenceAssetId\":\"asset:nope\"}");

        List<RequestView> requests = ltx.admin().requests();
        assertThat(requests).hasSize(7);
        RequestView submit = requests.get(1);
        assertThat(submit.jobUuid()).as("a submit names the job it made").isEqualTo(uuid);
        RequestView read = requests.get(2);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.jobUuid()).isEqualTo(uuid);
        assertThat(read.url()).contains("%3A");
        assertThat(read.decodedUrl()).isEqualTo("/v1/ltxstudio/assets/" + id);
        assertThat(requests.get(3).reason()).startsWith("no Authorization header");
        assertThat(requests.get(4).reason()).startsWith("wrong token").doesNotContain("not-the-token");
        assertThat(requests.get(5).reason()).contains("Bearer");
        assertThat(requests.get(3).jobUuid()).as("a refused read still names its job").isEqualTo(uuid);
        RequestView refused = requests.get(6);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.reason()).contains("prompt");
        assertThat(refused.jobUuid()).isNull();
        assertThat(requests.get(0).reason()).isNull();
    }

    @Test
    void aJobsThumbnailIsASmallRealImageOfItsInputThenOfItsResult() throws IOException {
        String id = api.submitJob(",\"aspectRatio\":\"9:16\"");
        JobView job = ltx.admin().job(id).orElseThrow();
        String base = ltx.server().origin() + "/__admin/ltx/jobs/" + job.uuid() + "/thumbnail/";
        assertThat(job.thumbnail()).isEqualTo("/__admin/ltx/jobs/" + job.uuid() + "/thumbnail/input");
        BufferedImage input = png(Http.get(base + "input", ADMIN_TOKEN));
        assertThat(input.getWidth()).as("64x48 is already small: kept").isEqualTo(64);
        assertThat(Http.get(base + "result", ADMIN_TOKEN).statusCode()).as("no result before the job completed").isEqualTo(404);

        ltx.advance(Duration.ofSeconds(10));
        job = ltx.admin().job(id).orElseThrow();
        assertThat(job.thumbnailOf()).isEqualTo("result");
        BufferedImage result = png(Http.get(ltx.server().origin() + job.thumbnail(), ADMIN_TOKEN));
        assertThat(Math.max(result.getWidth(), result.getHeight())).isEqualTo(96);
        assertThat(result.getHeight()).as("the 9:16 result, scaled").isGreaterThan(result.getWidth());
        assertThat(Http.get(base + "other", ADMIN_TOKEN).statusCode()).isEqualTo(404);
        assertThat(Http.get(ltx.server().origin() + "/__admin/ltx/jobs/00000000-0000-4000-8000-000000000000/thumbnail/input",
                ADMIN_TOKEN).statusCode()).isEqualTo(404);
        assertThat(Http.get(base + "input", null).statusCode()).as("behind the admin token like every admin route").isEqualTo(401);
    }

    private static BufferedImage png(HttpResponse<byte[]> r) throws IOException {
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
        assertThat(image).isNotNull();
        return image;
    }
}
