package dev.ltxflux.mock;

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
}
