package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --record-from}: proxies to an upstream (here a second local WireMock) and writes mappings that replay it. */
class RecordModeTest {

    @TempDir
    Path dir;

    @Test
    void recordedMappingsReplayTheUpstreamsAnswers() throws Exception {
        WireMockServer upstream = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        upstream.start();
        String body = "{\"status\":{\"type\":\"active\",\"progress\":12},\"jobId\":\"email:u@x.io-job:1-type:image\"}";
        upstream.stubFor(get(urlPathMatching("/v1/ltxstudio/assets/.+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        LtxMockServer recorder = new LtxMockServer(MockConfig.forTests().toBuilder().recordFrom(upstream.baseUrl()).build(),
                Clock.systemUTC(), dir);
        try {
            recorder.start();
            var r = Http.get(recorder.baseUrl() + "/assets/email%3Au%40x.io-job%3A1-type%3Aimage", "user:1-real");
            assertThat(Http.text(r)).isEqualTo(body);
        } finally {
            recorder.stop();
            upstream.stop();
        }
        try (Stream<Path> files = Files.list(dir.resolve("mappings"))) {
            assertThat(files.toList()).isNotEmpty();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).as("recordings must not hold the token").noneMatch(t -> t.contains("user:1-real"));
        }
        WireMockServer replay = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").usingFilesUnderDirectory(dir.toString()));
        replay.start();
        try {
            assertThat(Http.text(Http.get(replay.baseUrl() + "/v1/ltxstudio/assets/email%3Au%40x.io-job%3A1-type%3Aimage", null))).isEqualTo(body);
        } finally {
            replay.stop();
        }
    }

    @Test
    void recordsAsItGoesWithoutCookiesSecretsOrTokenAcceptsTheDocumentedBaseUrlAndRecordsArtifacts() throws Exception {
        WireMockServer upstream = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        upstream.start();
        byte[] png = MockCalls.PNG;
        upstream.stubFor(get(urlPathMatching("/files/out.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(png)));
        String body = "{\"status\":{\"type\":\"completed\",\"artifact\":{\"assetUrl\":\"" + upstream.baseUrl()
                + "/files/out.png?X-Goog-Signature=abc123\"}},\"jobId\":\"j1\"}";
        upstream.stubFor(get(urlPathMatching("/v1/ltxstudio/assets/.+")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Set-Cookie", "session=upstream-secret").withBody(body)));
        LtxMockServer recorder = new LtxMockServer(MockConfig.forTests().toBuilder().recordFrom(upstream.baseUrl() + "/v1/ltxstudio").build(),
                Clock.systemUTC(), dir);
        try {
            recorder.start();
            var r = Http.get(recorder.baseUrl() + "/assets/j1?token=query-secret&page=2", "user:1-real");
            assertThat(r.statusCode()).as("the documented base URL is not doubled").isEqualTo(200);
            assertThat(Http.text(r)).isEqualTo(body);
            // written as made (just after the answer left), before any stop
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (count(dir.resolve("mappings")) < 2 && System.nanoTime() < deadline) {
                java.util.concurrent.TimeUnit.MILLISECONDS.sleep(20);
            }
            assertThat(count(dir.resolve("mappings"))).isEqualTo(2);
            var proxy = Http.postJson(recorder.origin() + "/__admin/mappings", null,
                    "{\"request\":{\"url\":\"/x\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:9\"}}");
            assertThat(proxy.statusCode()).as("no proxy stubs that would carry the token elsewhere").isEqualTo(403);
        } finally {
            recorder.stop();
            upstream.stop();
        }
        String all;
        try (Stream<Path> files = Files.walk(dir)) {
            all = files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(all).doesNotContain("user:1-real").doesNotContain("upstream-secret").doesNotContain("query-secret")
                .doesNotContainIgnoringCase("set-cookie").contains("page");
        WireMockServer replay = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").usingFilesUnderDirectory(dir.toString()));
        replay.start();
        try {
            var status = Http.json(Http.get(replay.baseUrl() + "/v1/ltxstudio/assets/j1?page=2", null));
            String assetUrl = status.at("/status/artifact/assetUrl").asText();
            assertThat(assetUrl).startsWith(replay.baseUrl() + "/recorded-artifacts/");
            assertThat(Http.get(assetUrl, null).body()).isEqualTo(png);
        } finally {
            replay.stop();
        }
    }

    private static long count(Path mappings) throws java.io.IOException {
        if (!Files.isDirectory(mappings)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(mappings)) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}
