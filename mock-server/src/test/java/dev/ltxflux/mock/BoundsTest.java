package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids never repeat; memory is bounded by configuration (uploads, renders, pixels); slow clients lose their threads. */
class BoundsTest {

    @TempDir
    Path dir;

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private LtxMockServer server(UnaryOperator<MockConfig.Builder> change) {
        return new LtxMockServer(change.apply(MockConfig.forTests().toBuilder()).build(), Clock.systemUTC(), dir).start();
    }

    private static String upload(LtxMockServer s, byte[] png) {
        HttpResponse<byte[]> r = Http.upload(s.baseUrl() + "/assets/?type=reference-image", s.token(), "image/png", png);
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return Http.json(r).at("/asset/fileId").asText();
    }

    private static String submit(LtxMockServer s, String asset, String extra) {
        HttpResponse<byte[]> r = Http.postJson(s.baseUrl() + "/images/flux-edit", s.token(),
                "{\"prompt\":\"Add golden sunset lighting\",\"referenceAssetId\":\"" + asset + "\"" + extra + "}");
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return Http.json(r).get("jobId").asText();
    }

    private static byte[] artifact(LtxMockServer s, String job) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode status = Http.json(Http.get(s.baseUrl() + "/assets/" + MockCalls.encode(job), s.token()));
            if (status.at("/status/artifact/assetUrl").isTextual()) {
                HttpResponse<byte[]> png = Http.get(status.at("/status/artifact/assetUrl").asText(), null);
                assertThat(png.statusCode()).isEqualTo(200);
                return png.body();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("job did not complete: " + job);
    }

    @Test
    void idsAreUniqueAcrossRestartsAndResetsWhileImagesStayDeterministic() throws Exception {
        Set<String> ids = new HashSet<>();
        List<byte[]> images = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (LtxMockServer s = server(b -> b.seed(42))) {
                for (int k = 0; k < 2; k++) {
                    String asset = upload(s, MockCalls.PNG);
                    String job = submit(s, asset, ",\"seed\":7");
                    assertThat(ids.add(asset)).as("asset id repeated: " + asset).isTrue();
                    assertThat(ids.add(job)).as("job id repeated: " + job).isTrue();
                    images.add(artifact(s, job));
                    s.reset();
                    Http.postJson(s.origin() + "/__admin/reset", null, "");
                }
            }
        }
        assertThat(images).allSatisfy(png -> assertThat(png).isEqualTo(images.get(0)));
    }

    @Test
    void storedUploadsAreCappedByCountAndBytesAndFreedAfterRetention() {
        MovableClock clock = new MovableClock();
        MockConfig config = MockConfig.forTests().toBuilder().retention(Duration.ofMinutes(10))
                .maxStoredUploads(3).maxStoredUploadBytes(MockCalls.PNG.length * 5L).build();
        try (LtxMockServer s = new LtxMockServer(config, clock, dir).start()) {
            for (int i = 0; i < 3; i++) {
                upload(s, MockCalls.PNG);
            }
            HttpResponse<byte[]> full = Http.upload(s.baseUrl() + "/assets/?type=reference-image", s.token(), "image/png", MockCalls.PNG);
            assertThat(full.statusCode()).isEqualTo(429);
            assertThat(full.headers().firstValue("Retry-After")).hasValue("600");
            assertThat(Http.json(full).get("code").asInt()).isEqualTo(429);
            assertThat(s.store().uploadBytes()).isEqualTo(3L * MockCalls.PNG.length);
            clock.advance(Duration.ofMinutes(11));
            s.store().evictExpired();
            assertThat(s.store().uploadBytes()).isZero();
            assertThat(s.store().uploadCount()).as("only the preloaded example").isEqualTo(1);
            upload(s, MockCalls.PNG);
        }
        MockConfig bytes = MockConfig.forTests().toBuilder().maxStoredUploadBytes(MockCalls.PNG.length * 2L + 10).build();
        try (LtxMockServer s = new LtxMockServer(bytes, clock, dir).start()) {
            upload(s, MockCalls.PNG);
            upload(s, MockCalls.PNG);
            assertThat(Http.upload(s.baseUrl() + "/assets/?type=reference-image", s.token(), "image/png", MockCalls.PNG).statusCode()).isEqualTo(429);
        }
    }

    @Test
    void decompressionBombsAreRefusedFromTheHeaderAndTheUploadSizeIsCapped() {
        try (LtxMockServer s = server(b -> b.maxUploadBytes(64 * 1024).maxPixels(10_000))) {
            HttpResponse<byte[]> bomb = Http.upload(s.baseUrl() + "/assets/?type=reference-image", s.token(), "image/png",
                    BadInputCorpusTest.pngDeclaring(20_000, 20_000));
            assertThat(bomb.statusCode()).isEqualTo(400);
            assertThat(Http.json(bomb).get("error").asText()).contains("20000x20000").contains("--max-pixels");
            assertThat(Http.upload(s.baseUrl() + "/assets/?type=reference-image", s.token(), "image/png", MockCalls.PNG).statusCode())
                    .as("64x48 = 3072 pixels").isEqualTo(200);
            HttpResponse<byte[]> big = Http.upload(s.baseUrl() + "/assets/?type=reference-image", s.token(), "image/png", new byte[100 * 1024]);
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(Http.json(big).get("code").asInt()).isEqualTo(413);
        }
    }

    @Test
    void renderedArtifactsAreCachedUpToTheConfiguredCount() throws Exception {
        try (LtxMockServer s = server(b -> b.completedWithoutArtifact(false).renderCache(2))) {
            String asset = upload(s, MockCalls.PNG);
            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                jobs.add(submit(s, asset, ",\"seed\":" + i));
            }
            for (String job : jobs) {
                assertThat(artifact(s, job)).isNotEmpty();
            }
            assertThat(s.store().renders().size()).isEqualTo(2);
            assertThat(artifact(s, jobs.get(0))).as("an evicted render is rendered again, the same").isEqualTo(artifact(s, jobs.get(0)));
        }
    }

    @Test
    void clientsThatStallOrTrickleTheirBodyLoseTheirThreadAndOthersAreServed() throws Exception {
        try (LtxMockServer s = server(b -> b.containerThreads(16).bodyReadTimeout(Duration.ofMillis(700)))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 40; i++) {
                    Socket socket = new Socket("127.0.0.1", s.port());
                    socket.setSoTimeout(10_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /v1/ltxstudio/images/flux-edit HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + s.token()
                            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"prompt\":").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    slow.add(socket);
                }
                long start = System.nanoTime();
                HttpResponse<byte[]> ok = Http.get(s.baseUrl() + "/assets/x", s.token());
                assertThat(ok.statusCode()).isEqualTo(404);
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("served while 40 clients stall").isLessThan(5_000);
                int answered408 = 0;
                for (Socket socket : slow) {
                    try {
                        RawHttp.Answer a = RawHttp.read(socket.getInputStream());
                        assertThat(a.status()).isEqualTo(408);
                        answered408++;
                    } catch (IOException e) {
                        // closed without an answer: the thread was freed as well
                    }
                }
                assertThat(answered408).as("stalled bodies are answered 408").isPositive();
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aHeldPollForResultAnswerOutlivesTheBodyReadTimeout() {
        try (LtxMockServer s = server(b -> b.jobDuration(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .bodyReadTimeout(Duration.ofMillis(300)))) {
            String asset = upload(s, MockCalls.PNG);
            long start = System.nanoTime();
            HttpResponse<byte[]> r = Http.postJson(s.baseUrl() + "/images/flux-edit", s.token(),
                    "{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\",\"pollForResult\":12}");
            assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
            assertThat(Http.json(r).has("jobId")).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1200);
        }
    }
}
