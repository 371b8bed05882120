package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MockApiTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    /** Jobs of a minute: a job read right after its submit is still active, however loaded the machine. */
    @RegisterExtension
    static LtxMockExtension minuteJobs = LtxMockExtension.with(b -> b.jobDuration(Duration.ofMinutes(1)));

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private final MockCalls calls = new MockCalls(ltx);
    private static final byte[] PNG = MockCalls.PNG;

    private String base() {
        return ltx.baseUrl();
    }

    @AfterEach
    void strictModeFoundNoDrift() {
        assertThat(ltx.server().store().drifts().all()).isEmpty();
    }

    private String uploadPng() {
        return calls.uploadPng();
    }

    private HttpResponse<byte[]> submit(String json) {
        return calls.submit(json);
    }

    private String submitJob(String extra) {
        return calls.submitJob(extra);
    }

    private static String encode(String id) {
        return MockCalls.encode(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /images/flux-edit", "POST /images/edit", "GET /assets/x", "POST /assets/?type=image",
        "GET /no-such-route", "POST /jobs", "GET /images/flux-edit"})
    void everyEndpointAnswersTheDocumented401WithoutTheToken(String route) {
        String[] parts = route.split(" ");
        HttpRequest.Builder b = Http.request(base() + parts[1], null);
        HttpResponse<byte[]> r = Http.send(parts[0].equals("GET") ? b.GET().build() : b.POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.text(r)).isEqualTo("{\"error\":\"Unauthorized\",\"code\":401}");
    }

    @Test
    void anUnknownApiPathIsA404OnlyWithTheToken() {
        HttpResponse<byte[]> r = Http.get(base() + "/no-such-route", ltx.token());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.text(r)).isEqualTo("{\"error\":\"Not found: no such route in the LTX Studio API v1\",\"code\":404}");
    }

    @Test
    void wrongTokenIsRefused() {
        assertThat(Http.postJson(base() + "/images/flux-edit", "user:1-wrong", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void uploadAnswersTheDocumentedShape() {
        HttpResponse<byte[]> r = Http.upload(base() + "/assets/?type=reference-image", ltx.token(), "image/png", PNG);
        JsonNode body = Http.json(r);
        assertThat(SCHEMAS.problems(SchemaName.ASSET_UPLOAD, body)).isEmpty();
        assertThat(body.at("/asset/fileId").asText()).matches("asset:[0-9a-f-]{36}-type:image/png");
        assertThat(body.get("expirationDateString").asText()).matches("\\d{13}");
        assertThat(Http.get(body.get("assetUrl").asText(), null).body()).isEqualTo(PNG);
    }

    @Test
    void uploadRefusesEmptyNonImageMismatchedAndOversizedBodies() {
        String url = base() + "/assets/?type=reference-image";
        assertThat(Http.text(Http.upload(url, ltx.token(), "image/png", new byte[0]))).contains("body: the file's bytes are required");
        assertThat(Http.upload(url, ltx.token(), "text/plain", "hi".getBytes()).statusCode()).isEqualTo(400);
        assertThat(Http.text(Http.upload(url, ltx.token(), "image/jpeg", PNG))).contains("is not a image/jpeg image");
        assertThat(Http.upload(url, ltx.token(), "image/png", new byte[(int) MockConfig.DEFAULT_MAX_UPLOAD_BYTES + 1]).statusCode()).isEqualTo(413);
        assertThat(Http.text(Http.upload(base() + "/assets/?type=video", ltx.token(), "image/png", PNG))).contains("type: must be image or reference-image");
    }

    @Test
    void jobGoesFromActiveThroughCompletedWithoutArtifactToDone() throws Exception {
        String id = new MockCalls(minuteJobs).submitJob("");
        JsonNode first = Http.json(Http.get(minuteJobs.baseUrl() + "/assets/" + encode(id), minuteJobs.token()));
        assertThat(first.at("/status/type").asText()).isEqualTo("active");
        assertThat(first.at("/status/progress").asInt()).isBetween(0, 99);
        minuteJobs.advance(minuteJobs.server().config().jobs().duration());
        JsonNode quirk = Http.json(Http.get(minuteJobs.baseUrl() + "/assets/" + encode(id), minuteJobs.token()));
        assertThat(quirk.at("/status/type").asText()).isEqualTo("completed");
        assertThat(quirk.at("/status/artifact").isMissingNode()).isTrue();
        JsonNode done = Http.json(Http.get(minuteJobs.baseUrl() + "/assets/" + id, minuteJobs.token()));
        assertThat(done.at("/status/artifact/assetUrl").asText()).startsWith(minuteJobs.server().origin() + "/artifacts/");
        assertThat(SCHEMAS.problems(SchemaName.JOB, done)).isEmpty();
        HttpResponse<byte[]> png = Http.get(done.at("/status/artifact/assetUrl").asText(), null);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body())).getWidth()).isEqualTo(512);
    }

    @Test
    void jobIdsHaveTheDocumentedFormAndWorkRawOrEncoded() {
        String id = submitJob("");
        assertThat(id).matches("email:user@example\\.com-job:[0-9a-f-]{36}-type:image");
        assertThat(Http.get(base() + "/assets/" + id, ltx.token()).statusCode()).isEqualTo(200);
        assertThat(Http.get(base() + "/assets/" + encode(id), ltx.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownJobGetsThePlainTextSentence() {
        HttpResponse<byte[]> r = Http.get(base() + "/assets/" + encode("email:a@b.c-job:x-type:image"), ltx.token());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.text(r)).isEqualTo("Job not found or has expired.");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void invalidRequestsGetFieldAndRuleInTheDocumentedBody() {
        String asset = uploadPng();
        assertThat(Http.json(submit("{\"referenceAssetId\":\"" + asset + "\"}")).get("error").asText()).isEqualTo("prompt: is required");
        assertThat(Http.json(submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\",\"pollForResult\":21}")).get("error").asText())
                .startsWith("pollForResult:");
        assertThat(Http.json(submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\",\"model\":\"nano-banana\",\"aspectRatio\":\"1:1\"}"))
                .get("error").asText()).isEqualTo("aspectRatio: is not supported by model nano-banana");
        assertThat(Http.json(submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\",\"referenceAssetId3\":\"" + asset + "\"}"))
                .get("error").asText()).isEqualTo("referenceAssetId3: is not supported by model flux");
        assertThat(Http.json(submit("{\"prompt\":\"p\",\"referenceAssetId\":\"asset:missing-type:image/png\"}")).get("error").asText())
                .startsWith("referenceAssetId: asset asset:missing-type:image/png not found");
        HttpResponse<byte[]> malformed = submit("{\"prompt\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(Http.json(malformed).get("error").asText()).startsWith("body: malformed JSON");
        assertThat(Http.json(submit("[1]")).get("code").asInt()).isEqualTo(400);
    }

    @Test
    void aliasEditAndMultipartAreAccepted() {
        String asset = uploadPng();
        assertThat(Http.postJson(base() + "/images/edit", ltx.token(), "{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}").statusCode())
                .isEqualTo(200);
        String boundary = "ltxBoundary";
        String form = part(boundary, "prompt", "Add fog") + part(boundary, "referenceAssetId", asset) + part(boundary, "seed", "7")
                + part(boundary, "aspectRatio", "1:1") + "--" + boundary + "--\r\n";
        HttpResponse<byte[]> r = Http.send(Http.request(base() + "/images/flux-edit", ltx.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        assertThat(SCHEMAS.problems(SchemaName.JOB_CREATED, Http.json(r))).isEmpty();
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    @Test
    void pollForResultAnswersTheFinishedJobWithCode200WhenItEndsInTime() {
        String asset = uploadPng();
        JsonNode finished = Http.json(submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\",\"pollForResult\":5}"));
        assertThat(finished.get("code").asInt()).isEqualTo(200);
        assertThat(finished.at("/status/artifact/assetUrl").isTextual()).isTrue();
        assertThat(SCHEMAS.problems(SchemaName.JOB, finished)).isEmpty();
    }

    @Test
    void pollForResultAnswersTheTicketWhenTheJobOutlastsIt() {
        String asset = uploadPng();
        JsonNode ticket = Http.json(submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\",\"pollForResult\":1}"));
        assertThat(ticket.has("status")).isFalse();
        assertThat(SCHEMAS.problems(SchemaName.JOB_CREATED, ticket)).isEmpty();
    }

    @Test
    void documentedExampleRequestWorksAgainstTheMock() {
        HttpResponse<byte[]> r = submit("{\"prompt\":\"Add golden sunset lighting to the landscape\",\"referenceAssetId\":\"asset:3b18…-type:image/png\","
                + "\"aspectRatio\":\"16:9\",\"shotType\":\"wide shot\",\"shotAngle\":\"eye-level\",\"seed\":123456}");
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
    }

    @Test
    void unknownRouteIsAJson404NeverA500() {
        HttpResponse<byte[]> r = Http.get(base() + "/videos/nothing", ltx.token());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(SCHEMAS.problems(SchemaName.ERROR, Http.json(r))).isEmpty();
    }

    @Test
    void artifactLinksRefuseTheApiTokenAndForgedSignatures() {
        String url = Http.json(Http.upload(base() + "/assets/", ltx.token(), "image/png", PNG)).get("assetUrl").asText();
        assertThat(Http.get(url, ltx.token()).statusCode()).isEqualTo(400);
        assertThat(Http.get(url.replaceAll("sig=.*", "sig=forged"), null).statusCode()).isEqualTo(403);
    }

    @Test
    void renderedImageIsDeterministicForTheSameInputs() {
        byte[] a = ImageEditor.edit(PNG, "1:1", "fog", 7L);
        assertThat(ImageEditor.edit(PNG, "1:1", "fog", 7L)).isEqualTo(a);
        assertThat(ImageEditor.edit(PNG, "1:1", "fog", 8L)).isNotEqualTo(a);
        assertThat(a).isNotEqualTo(PNG);
    }
}
