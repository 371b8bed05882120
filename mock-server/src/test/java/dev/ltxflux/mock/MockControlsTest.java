package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockControlsTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.maxJobs(2).webhookAttempts(3));

    private final MockCalls api = new MockCalls(ltx);

    private String admin(String path) {
        return ltx.server().origin() + "/__admin/ltx/" + path;
    }

    private String submit() {
        return api.submitJob("");
    }

    @Test
    void adminFaultAnswersTheNextSubmitWithTheDocumentedError() {
        String asset = api.uploadPng();
        assertThat(Http.postJson(admin("faults"), null, "{\"route\":\"submit\",\"action\":\"status\",\"status\":402}").statusCode()).isEqualTo(201);
        HttpResponse<byte[]> r = api.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}");
        assertThat(r.statusCode()).isEqualTo(402);
        assertThat(Http.text(r)).isEqualTo("{\"error\":\"Insufficient credits\",\"code\":402}");
        assertThat(api.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void headerFaultsDropDelayAndFail() {
        String asset = api.uploadPng();
        String body = "{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}";
        assertThatThrownBy(() -> Http.send(Http.request(ltx.baseUrl() + "/images/edit", ltx.token()).header("X-Ltx-Mock-Fault", "drop")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build()))
                .isInstanceOf(UncheckedIOException.class);
        HttpResponse<byte[]> r500 = Http.send(Http.request(ltx.baseUrl() + "/images/edit", ltx.token()).header("X-Ltx-Mock-Fault", "500")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r500.statusCode()).isEqualTo(500);
        long start = System.nanoTime();
        HttpResponse<byte[]> slow = Http.send(Http.request(ltx.baseUrl() + "/images/edit", ltx.token()).header("X-Ltx-Mock-Fault", "delay=400")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(slow.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        String failing = Http.json(Http.send(Http.request(ltx.baseUrl() + "/images/edit", ltx.token()).header("X-Ltx-Mock-Fault", "fail-job")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build())).get("jobId").asText();
        JsonNode failed = Http.json(Http.send(Http.request(ltx.baseUrl() + "/images/edit", ltx.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.replace("}", ",\"pollForResult\":10}"))).build()));
        assertThat(failed.at("/status/type").asText()).isEqualTo("completed");
        JsonNode failedJob = Http.json(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(failing), ltx.token()));
        assertThat(failedJob.at("/status/type").asText()).isEqualTo("failed");
        assertThat(failedJob.at("/status/message").asText()).isNotBlank();
    }

    @Test
    void webhookIsPostedOnCompletionAndRetriedOnFailure() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer listener = Http.webhookReceiver(() -> calls.incrementAndGet() == 1 ? 503 : 204, received::add);
        try {
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook";
            String id = api.submitJob(",\"replyUrl\":\"" + url + "\",\"replyRef\":\"ref-1\"");
            ltx.advance(ltx.server().config().jobs().duration());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.size() < 2 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertThat(received).hasSize(2);
            JsonNode body = Http.JSON.readTree(received.get(1));
            assertThat(body.get("jobId").asText()).isEqualTo(id);
            assertThat(body.get("replyRef").asText()).isEqualTo("ref-1");
            assertThat(body.at("/status/artifact/assetUrl").isTextual()).isTrue();
            // the receiver sees the body before the sender has logged the attempt's answer: wait for the log too
            JsonNode log = Http.json(Http.get(admin("webhooks"), null));
            while (log.size() < 2 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
                log = Http.json(Http.get(admin("webhooks"), null));
            }
            assertThat(log).extracting(d -> d.get("status").asInt()).containsExactly(503, 204);
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void resetForgetsJobs() {
        String id = submit();
        assertThat(Http.postJson(admin("reset"), null, "").statusCode()).isEqualTo(200);
        assertThat(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ltx.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void badFaultRuleIsRefusedNamingTheField() {
        HttpResponse<byte[]> r = Http.postJson(admin("faults"), null, "{\"action\":\"explode\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.text(r)).contains("action: must be one of");
    }

}
