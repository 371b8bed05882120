package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mock's assets list, scheduler views and accounts: one state, consistent across endpoints. */
class AccountsSchedulerAssetsTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.credits(3).maxJobs(2).jobDuration(Duration.ofSeconds(10))).withManualClock();

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private final MockCalls calls = new MockCalls(ltx);

    static String jwt(String email) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"email\":\"" + email + "\",\"exp\":1900000000}").getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    static String cookie(String email) {
        return "lt_id=user42; lt_token=" + jwt(email) + "; lt_refresh_token=refresh-SECRET-123";
    }

    @AfterEach
    void strictModeFoundNoDrift() {
        assertThat(ltx.server().store().drifts().all()).isEmpty();
    }

    private HttpResponse<byte[]> get(String path) {
        return Http.get(ltx.baseUrl() + path, ltx.token());
    }

    private HttpResponse<byte[]> delete(String path) {
        return Http.send(Http.request(ltx.baseUrl() + path, ltx.token()).DELETE().build());
    }

    private HttpResponse<byte[]> addAccount(String body) {
        return Http.postJson(ltx.baseUrl() + "/accounts", ltx.token(), body);
    }

    @Test
    void theSchedulerListsRunningJobsAndTheirCapacityFromTheSameJobsThe429Counts() {
        String first = calls.submitJob(",\"replyRef\":\"r-1\"");
        ltx.advance(Duration.ofSeconds(1));
        String second = calls.submitJob("");
        JsonNode running = Http.json(get("/scheduler"));
        assertThat(running.isArray()).as(running.toString()).isTrue();
        assertThat(SCHEMAS.problems(SchemaName.SCHEDULER, running)).isEmpty();
        assertThat(running).hasSize(2);
        assertThat(running.get(0).get("jobId").asText()).isEqualTo(first);
        assertThat(running.get(0).get("replyRef").asText()).isEqualTo("r-1");
        assertThat(running.get(0).get("elapsed").asText()).isEqualTo("00:01");
        JsonNode capacity = Http.json(get("/scheduler/available"));
        assertThat(SCHEMAS.problems(SchemaName.SCHEDULER_AVAILABLE, capacity)).isEmpty();
        assertThat(capacity.at("/available/0/maxJobs").asInt()).isEqualTo(2);
        assertThat(capacity.at("/available/0/executing").asInt()).isEqualTo(2);
        assertThat(capacity.at("/available/0/available").asInt()).isZero();
        assertThat(calls.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + calls.uploadPng() + "\"}").statusCode()).isEqualTo(429);

        assertThat(delete("/scheduler/" + MockCalls.encode(second)).statusCode()).isEqualTo(204);
        assertThat(Http.json(get("/scheduler"))).hasSize(1);
        assertThat(Http.json(get("/scheduler/available")).at("/available/0/available").asInt()).isEqualTo(1);
        assertThat(get("/assets/" + MockCalls.encode(second)).statusCode()).as("a stopped job's status still answers").isEqualTo(200);
        assertThat(calls.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + calls.uploadPng() + "\"}").statusCode())
                .as("the stopped job no longer takes a slot").isEqualTo(200);
    }

    @Test
    void stoppingAnUnknownOrFinishedJobAnswersTheDocumented404() {
        HttpResponse<byte[]> r = delete("/scheduler/" + MockCalls.encode("email:user@example.com-job:nope-type:image"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.json(r).get("error").asText()).isEqualTo("Unable to locate running jobId email:user@example.com-job:nope-type:image");
        String job = calls.submitJob("");
        ltx.advance(Duration.ofSeconds(11));
        assertThat(delete("/scheduler/" + job).statusCode()).as("raw id, job completed").isEqualTo(404);
        assertThat(Http.json(get("/scheduler"))).isEmpty();
    }

    @Test
    void theAssetListHoldsUploadsAndCompletedArtifactsNewestFirstWithRealThumbnails() throws Exception {
        String upload = calls.uploadPng();
        ltx.advance(Duration.ofSeconds(1));
        String job = calls.submitJob("");
        ltx.advance(Duration.ofSeconds(11));
        JsonNode page = Http.json(get("/assets/?limit=2"));
        assertThat(SCHEMAS.problems(SchemaName.ASSET_LIST, page)).isEmpty();
        assertThat(page.at("/meta/totalItems").asInt()).as("two uploads and one artifact").isEqualTo(3);
        assertThat(page.at("/meta/totalPages").asInt()).isEqualTo(2);
        assertThat(page.at("/items/0/jobId").asText()).isEqualTo(job);
        assertThat(job).contains(page.at("/items/0/id").asText());
        assertThat(page.at("/items/2").isMissingNode()).isTrue();
        String thumb = page.at("/items/0/relatedAssets/thumbnails/large/assetUrl").asText();
        HttpResponse<byte[]> image = Http.send(HttpRequest.newBuilder(java.net.URI.create(thumb)).GET().build());
        assertThat(image.statusCode()).isEqualTo(200);
        var decoded = ImageIO.read(new java.io.ByteArrayInputStream(image.body()));
        assertThat(decoded).isNotNull();
        assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isLessThanOrEqualTo(256);
        JsonNode last = Http.json(get("/assets/?limit=2&page=2"));
        assertThat(last.at("/items/0/signedAsset/asset/fileId").asText()).isEqualTo(upload);
        assertThat(last.at("/items/0/jobId").isMissingNode()).isTrue();
        JsonNode past = Http.json(get("/assets/?limit=2&page=9"));
        assertThat(past.get("items")).isEmpty();
        assertThat(Http.json(get("/assets/?filter=videos")).at("/meta/totalItems").asInt()).isZero();
    }

    @Test
    void badListParametersAreAll400NamingEachField() {
        HttpResponse<byte[]> r = get("/assets/?page=0&limit=x&filter=pics");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("error").asText()).contains("page:").contains("limit:").contains("filter:");
    }

    @Test
    void anAccountAddedFromItsCookieIsUsableAndItsBalanceFallsPerJobAndRemovalMakesItUnknown() {
        HttpResponse<byte[]> created = addAccount("{\"cookie\":\"" + cookie("second@example.com") + "\",\"maxJobs\":5}");
        assertThat(created.statusCode()).as(Http.text(created)).isEqualTo(200);
        JsonNode account = Http.json(created);
        assertThat(SCHEMAS.problems(SchemaName.ACCOUNT, account)).isEmpty();
        assertThat(account.get("email").asText()).isEqualTo("second@example.com");
        assertThat(Http.text(created)).doesNotContain("refresh-SECRET-123").doesNotContain(jwt("second@example.com"));
        JsonNode all = Http.json(get("/accounts"));
        assertThat(SCHEMAS.problems(SchemaName.ACCOUNTS, all)).isEmpty();
        assertThat(all.fieldNames()).toIterable().containsExactly("user@example.com", "second@example.com");

        String body = "{\"email\":\"second@example.com\",\"prompt\":\"p\",\"referenceAssetId\":\"";
        String ref = Http.json(Http.upload(ltx.baseUrl() + "/assets/?type=reference-image&email=second@example.com", ltx.token(),
                "image/png", MockCalls.PNG)).at("/asset/fileId").asText();
        assertThat(calls.submit(body + ref + "\"}").statusCode()).isEqualTo(200);
        JsonNode one = Http.json(get("/accounts/second@example.com"));
        assertThat(SCHEMAS.problems(SchemaName.ACCOUNT, one)).isEmpty();
        assertThat(one.at("/balance/LTXStudio_token").asLong()).isEqualTo(2);
        assertThat(one.at("/latestCreatedAtMs/LTXStudio_token").asLong()).isEqualTo(ltx.server().store().clock().millis());
        assertThat(Http.json(get("/scheduler/available")).at("/available/1/maxJobs").asInt()).isEqualTo(5);
        JsonNode admin = Http.json(Http.get(ltx.server().origin() + "/__admin/ltx/accounts", null));
        assertThat(admin.at("/second@example.com/balance").asLong()).as("the admin view is the same ledger").isEqualTo(2);
        assertThat(admin.at("/second@example.com/executing").asInt()).isEqualTo(1);
        assertThat(admin.at("/second@example.com/cookie").asText()).as("never the cookie").isEqualTo("…secured…");

        assertThat(delete("/accounts/second@example.com").statusCode()).isEqualTo(204);
        HttpResponse<byte[]> gone = get("/accounts/second@example.com");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(Http.text(gone)).isEqualTo("Account configuration not found for the specified email address.");
        assertThat(calls.submit(body + ref + "\"}").statusCode()).isEqualTo(400);
        assertThat(delete("/accounts/second@example.com").statusCode()).isEqualTo(404);
    }

    @Test
    void theBalanceIsWhatThe402Uses() {
        calls.submitJob("");
        ltx.advance(Duration.ofSeconds(11));
        calls.submitJob("");
        ltx.advance(Duration.ofSeconds(11));
        calls.submitJob("");
        assertThat(Http.json(get("/accounts/user@example.com")).at("/balance/LTXStudio_token").asLong()).isZero();
        assertThat(calls.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + calls.uploadPng() + "\"}").statusCode()).isEqualTo(402);
    }

    @Test
    void withNoAccountLeftTheListIsThePlainText404() {
        assertThat(delete("/accounts/user@example.com").statusCode()).isEqualTo(204);
        HttpResponse<byte[]> r = get("/accounts");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.text(r)).isEqualTo("Configuration not found. To create configuration use POST /accounts.");
    }

    @Test
    void aCookieMissingAFieldIsTheDocumented400AndTheTrailingCommaBodyIsRefused() {
        HttpResponse<byte[]> r = addAccount("{\"cookie\":\"lt_id=user123; lt_token=eyJ...\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("error").asText()).isEqualTo("Missing required cookie fields: lt_token | lt_refresh_token");
        HttpResponse<byte[]> published = addAccount("{\n  \"cookie\": \"lt_id=user123; lt_token=eyJ...; lt_refresh_token=abc123...\",\n  \"maxJobs\": 20,\n}");
        assertThat(published.statusCode()).isEqualTo(400);
        HttpResponse<byte[]> noJwt = addAccount("{\"cookie\":\"lt_id=user123; lt_token=eyJ...; lt_refresh_token=abc123...\"}");
        assertThat(noJwt.statusCode()).isEqualTo(400);
        assertThat(Http.json(noJwt).get("error").asText()).contains("email claim");
        HttpResponse<byte[]> tooMany = addAccount("{\"cookie\":\"" + cookie("x@example.com") + "\",\"maxJobs\":101}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooMany).get("error").asText()).contains("maxJobs");
    }

    @Test
    void aFourthAccountNeedsAnotherSubscription() {
        assertThat(addAccount("{\"cookie\":\"" + cookie("b@example.com") + "\"}").statusCode()).isEqualTo(200);
        assertThat(addAccount("{\"cookie\":\"" + cookie("c@example.com") + "\"}").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> r = addAccount("{\"cookie\":\"" + cookie("d@example.com") + "\"}");
        assertThat(r.statusCode()).isEqualTo(402);
        assertThat(Http.json(r).get("error").asText()).isEqualTo("Subscription required");
        assertThat(addAccount("{\"cookie\":\"" + cookie("b@example.com") + "\",\"maxJobs\":7}").statusCode())
                .as("updating a known one is fine").isEqualTo(200);
    }

    @Test
    void faultsTargetTheNewRoutesByTheirTableName() {
        HttpResponse<byte[]> r = Http.send(Http.request(ltx.baseUrl() + "/accounts", ltx.token()).header("Content-Type", "application/json")
                .header("X-Ltx-Mock-Fault", "402").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(r.statusCode()).isEqualTo(402);
        assertThat(Http.json(r).get("error").asText()).isEqualTo("Subscription required");
        HttpResponse<byte[]> s = Http.send(Http.request(ltx.baseUrl() + "/scheduler", ltx.token()).header("X-Ltx-Mock-Fault", "503").GET().build());
        assertThat(s.statusCode()).isEqualTo(503);
    }

    @Test
    void everyNewRouteWantsTheToken() {
        for (String path : new String[] {"/scheduler", "/scheduler/available", "/accounts", "/accounts/user@example.com", "/assets/"}) {
            assertThat(Http.get(ltx.baseUrl() + path, null).statusCode()).as(path).isEqualTo(401);
        }
    }
}
