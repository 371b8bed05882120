package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestShapeTest extends WireMockSupport {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void submitSendsOnlyTheSetFieldsAsSchemaValidJsonWithTheBearerToken() throws Exception {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + JOB_ID + "\",\"generationId\":\"gen_1\"}")));
        Submission s = client.submit(EditRequest.builder().prompt("Add fog").referenceAssetId("asset:1-type:image/png")
                .aspectRatio("9:16").seed(5L).build());
        assertThat(s).isInstanceOf(Submission.Ticket.class);
        LoggedRequest sent = wm.getAllServeEvents().get(0).getRequest();
        assertThat(sent.getUrl()).isEqualTo("/v1/ltxstudio/images/flux-edit");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
        var body = json.readTree(sent.getBodyAsString());
        assertThat(SCHEMAS.problems(SchemaName.FLUX_EDIT_REQUEST, body)).isEmpty();
        assertThat(body.fieldNames()).toIterable().containsExactlyInAnyOrder("prompt", "referenceAssetId", "aspectRatio", "seed",
                "replyRef");
        assertThat(body.get("replyRef").asText()).as("the intent key, for finding a job whose answer was lost")
                .matches("ltxflux-[0-9a-f-]{36}");
    }

    @Test
    void defaultEmailIsSentWhenTheRequestNamesNone() throws Exception {
        client.close();
        client = clientBuilder().email("second@example.com").build();
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + JOB_ID + "\"}")));
        client.submit(EditRequest.builder().prompt("p").referenceAssetId("a").build());
        assertThat(json.readTree(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).get("email").asText())
                .isEqualTo("second@example.com");
    }

    @Test
    void withOptionsDerivesAClientForAnotherAccountAndLeavesTheFirstAsItWas() throws Exception {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + JOB_ID + "\"}")));
        try (LtxClient second = client.withOptions(o -> o.email("second@example.com"))) {
            second.submit(EditRequest.builder().prompt("p").referenceAssetId("a").build());
        }
        client.submit(EditRequest.builder().prompt("p").referenceAssetId("a").build());
        var events = new java.util.ArrayList<>(wm.getAllServeEvents());
        java.util.Collections.reverse(events); // WireMock lists the newest first
        assertThat(json.readTree(events.get(0).getRequest().getBodyAsString()).path("email").asText()).isEqualTo("second@example.com");
        assertThat(json.readTree(events.get(1).getRequest().getBodyAsString()).has("email")).isFalse();
        assertThat(events.get(0).getRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {JOB_ID, "email:a+b@example.com-job:x/y-type:image", "odd id%41 with spaces", "email:u@x.io-job:1%2F2-type:video"})
    void jobIdTravelsAsOneEncodedSegmentAndTheServerSeesItExactly(String id) {
        wm.stubFor(get(urlPathMatching("/v1/ltxstudio/assets/.*")).willReturn(aResponse().withStatus(200).withBody(jobJson("active", false))));
        client.status(new JobId(id));
        String url = wm.getAllServeEvents().get(0).getRequest().getUrl();
        String segment = url.substring("/v1/ltxstudio/assets/".length());
        assertThat(segment).doesNotContain("/", ":", "@", " ", "+");
        assertThat(URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(id);
    }

    @Test
    void uploadSendsTheRawBytesWithTheirDetectedMimeType() throws Exception {
        wm.stubFor(post(urlPathMatching("/v1/ltxstudio/assets/")).willReturn(aResponse().withStatus(200)
                .withBody("{\"assetUrl\":\"http://x/y\",\"expirationDateString\":\"1\",\"asset\":{\"type\":\"image\",\"fileId\":\"asset:9-type:image/jpeg\",\"mimeType\":\"image/jpeg\"}}")));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        Path file = Files.write(dir.resolve("photo.png"), jpeg);
        assertThat(client.upload(file).fileId().value()).isEqualTo("asset:9-type:image/jpeg");
        LoggedRequest sent = wm.getAllServeEvents().get(0).getRequest();
        assertThat(sent.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(sent.getBody()).isEqualTo(jpeg);
        assertThat(sent.queryParameter("type").firstValue()).isEqualTo("reference-image");
        assertThat(sent.queryParameter("email").isPresent()).isFalse();
    }

    @Test
    void nonImageIsRefusedBeforeAnyRequest() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.png"), "hello");
        assertThatThrownBy(() -> client.upload(file)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("'image'");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void bothSubmissionShapesAreRecognised() {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody(jobJson("completed", true))));
        Submission s = client.submit(EditRequest.builder().prompt("p").referenceAssetId("a").pollForResult(3).build());
        assertThat(s).isInstanceOf(Submission.Finished.class);
        assertThat(s.finishedJob().orElseThrow().isDone()).isTrue();
    }

    @Test
    void unknownStatusIsKeptNotRejected() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody(jobJson("queued", false))));
        assertThat(client.status(new JobId(JOB_ID)).status().wire()).isEqualTo("queued");
    }
}
