package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The calls the mock tests repeat: upload a PNG, submit an edit, encode a job id. */
final class MockCalls {

    static final byte[] PNG = ImageEditor.sample(64, 48);

    private final LtxMockExtension ltx;

    MockCalls(LtxMockExtension ltx) {
        this.ltx = ltx;
    }

    String uploadPng() {
        HttpResponse<byte[]> r = Http.upload(ltx.baseUrl() + "/assets/?type=reference-image", ltx.token(), "image/png", PNG);
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return Http.json(r).at("/asset/fileId").asText();
    }

    HttpResponse<byte[]> submit(String json) {
        return Http.postJson(ltx.baseUrl() + "/images/flux-edit", ltx.token(), json);
    }

    /** Submits a valid edit of a fresh upload, with {@code extra} JSON members appended; returns the job id. */
    String submitJob(String extra) {
        HttpResponse<byte[]> r = submit("{\"prompt\":\"Add golden sunset lighting\",\"referenceAssetId\":\"" + uploadPng() + "\"" + extra + "}");
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return Http.json(r).get("jobId").asText();
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
