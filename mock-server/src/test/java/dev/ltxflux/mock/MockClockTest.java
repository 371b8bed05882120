package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.view.ClockView;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.RequestView;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Time control: jobs follow the mock's clock, which tests (and the admin API) move instead of sleeping. */
class MockClockTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.jobDuration(Duration.ofSeconds(10))).withManualClock();

    private final MockCalls api = new MockCalls(ltx);

    private JsonNode status(String id) {
        return Http.json(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ltx.token()));
    }

    @Test
    void aJobProgressesOnlyAsTheClockIsAdvanced() {
        String id = api.submitJob("");
        assertThat(status(id).at("/status/progress").asInt()).isZero();
        ltx.advance(Duration.ofSeconds(5));
        assertThat(status(id).at("/status/progress").asInt()).isEqualTo(50);
        assertThat(status(id).at("/status/type").asText()).isEqualTo("active");
        ltx.advance(Duration.ofSeconds(5));
        assertThat(status(id).at("/status/type").asText()).isEqualTo("completed");
        assertThat(ltx.jobs()).singleElement().satisfies(j -> {
            assertThat(j.phase()).isEqualTo("completed");
            assertThat(j.progress()).isEqualTo(100);
        });
    }

    @Test
    void aRepeatedReadIsTheSameAnswerUntilTheJobMoves() {
        String id = api.submitJob("");
        String url = ltx.baseUrl() + "/assets/" + MockCalls.encode(id);
        HttpResponse<byte[]> first = Http.get(url, ltx.token());
        HttpResponse<byte[]> again = Http.get(url, ltx.token());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().allValues("Content-Type")).isEqualTo(first.headers().allValues("Content-Type"));
        ltx.advance(Duration.ofSeconds(3));
        assertThat(status(id).at("/status/progress").asInt()).as("a kept answer is not served once progress moved").isEqualTo(30);
        assertThat(status(id).get("jobId").asText()).isEqualTo(id);
    }

    @Test
    void aKeptAnswerIsNeverServedForAJobTheStoreNoLongerHolds() {
        String id = api.submitJob("");
        String encoded = ltx.baseUrl() + "/assets/" + MockCalls.encode(id);
        String raw = ltx.baseUrl() + "/assets/" + id;
        assertThat(Http.get(encoded, ltx.token()).statusCode()).isEqualTo(200);
        assertThat(Http.get(raw, ltx.token()).statusCode()).as("the raw id names the same job").isEqualTo(200);
        ltx.admin().reset();
        assertThat(Http.get(encoded, ltx.token()).statusCode()).isEqualTo(404);
        assertThat(Http.get(raw, ltx.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void aJobPastItsRetentionIsGoneAlthoughItsAnswerWasKept() {
        String id = api.submitJob("");
        String url = ltx.baseUrl() + "/assets/" + MockCalls.encode(id);
        assertThat(Http.get(url, ltx.token()).statusCode()).isEqualTo(200);
        ltx.advance(ltx.server().config().storage().retention().plusSeconds(1));
        assertThat(Http.get(url, ltx.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void aResetForgetsAWebhookRetryThatWasPlannedBeforeIt() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer listener = Http.webhookReceiver(() -> 503, received::add);
        try {
            String hook = ",\"replyUrl\":\"http://127.0.0.1:" + listener.getAddress().getPort() + "/hook\"";
            String first = api.submitJob(hook);
            ltx.advance(Duration.ofSeconds(10));
            awaitDeliveries(1);
            ltx.admin().reset(); // the retry of the first job was due one (mock) second later
            String second = api.submitJob(hook);
            ltx.advance(Duration.ofSeconds(10)); // past the first job's retry, and to the second job's end
            awaitDeliveries(1);
            assertThat(ltx.admin().webhooks()).singleElement().satisfies(d -> {
                assertThat(d.jobId()).isEqualTo(second);
                assertThat(d.attempt()).isEqualTo(1);
            });
            assertThat(received).hasSize(2);
            assertThat(received.get(0)).contains(first);
            assertThat(received.get(1)).contains(second);
        } finally {
            listener.stop(0);
        }
    }

    private static void awaitDeliveries(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ltx.admin().webhooks().size() < count && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(ltx.admin().webhooks()).hasSize(count);
    }

    @Test
    void theAdminApiMovesTheClockByIsoDurationOrMillis() {
        String id = api.submitJob("");
        HttpResponse<byte[]> r = Http.postJson(ltx.server().origin() + "/__admin/ltx/clock", null, "{\"advance\":\"PT2S\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.json(r).get("frozen").asBoolean()).isTrue();
        Http.postJson(ltx.server().origin() + "/__admin/ltx/clock", null, "{\"advanceMillis\":1000}");
        assertThat(status(id).at("/status/progress").asInt()).isEqualTo(30);
        HttpResponse<byte[]> bad = Http.postJson(ltx.server().origin() + "/__admin/ltx/clock", null, "{\"advance\":\"soon\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("error").asText()).contains("ISO-8601");
        HttpResponse<byte[]> back = Http.postJson(ltx.server().origin() + "/__admin/ltx/clock", null, "{\"advanceMillis\":-5}");
        assertThat(Http.json(back).get("error").asText()).contains("must not be negative");
    }

    @Test
    void advancingPastAJobsEndSendsItsWebhookWithoutWaitingForRealTime() throws Exception {
        CompletableFuture<String> received = new CompletableFuture<>();
        HttpServer listener = Http.webhookReceiver(() -> 204, received::complete);
        try {
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook";
            String id = api.submitJob(",\"replyUrl\":\"" + url + "\",\"replyRef\":\"order-7\"");
            assertThat(received).isNotDone();
            ltx.advance(Duration.ofSeconds(10));
            JsonNode body = Http.JSON.readTree(received.get(5, TimeUnit.SECONDS));
            assertThat(body.get("jobId").asText()).isEqualTo(id);
            assertThat(body.at("/status/type").asText()).isEqualTo("completed");
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void theTypedAdminClientShowsWhatTheClientSent() {
        String id = api.submitJob(",\"seed\":7,\"aspectRatio\":\"9:16\",\"replyRef\":\"ref-9\"");
        LtxMockAdmin admin = ltx.admin();
        JobView job = admin.job(id).orElseThrow();
        assertThat(job.prompt()).isEqualTo("Add golden sunset lighting");
        assertThat(job.seed()).isEqualTo(7L);
        assertThat(job.aspectRatio()).isEqualTo("9:16");
        assertThat(job.replyRef()).isEqualTo("ref-9");
        assertThat(job.referenceAssetId()).startsWith("asset:");
        assertThat(admin.requests()).extracting(RequestView::method, RequestView::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("POST", "/v1/ltxstudio/assets/?type=reference-image"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/v1/ltxstudio/images/flux-edit"));
        assertThat(admin.requests().get(1).body()).contains("\"seed\":7").doesNotContain(ltx.token());
        assertThat(admin.uploads()).hasSize(2);
        ClockView before = admin.clock();
        assertThat(admin.advance(Duration.ofMinutes(1)).now()).isEqualTo(before.now().plus(Duration.ofMinutes(1)));
        admin.addFault(LtxMockAdmin.Fault.status("status", 503, 1));
        assertThat(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ltx.token()).statusCode()).isEqualTo(503);
        admin.addFault(LtxMockAdmin.Fault.failNextJob());
        admin.clearFaults();
        assertThat(admin.faults()).isEmpty();
        assertThat(admin.drifts()).isEmpty();
    }

    @Test
    void eachTestStartsWithTheClockPutBack() {
        ClockView clock = ltx.admin().clock();
        assertThat(clock.frozen()).isTrue();
        assertThat(clock.offset()).isLessThanOrEqualTo(Duration.ofSeconds(5));
    }
}
