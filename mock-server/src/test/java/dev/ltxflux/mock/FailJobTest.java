package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.ltxflux.mock.extension.LtxAdminApi;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.view.JobView;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Fail this job" ({@code POST /__admin/ltx/jobs/{uuid}/fail}, {@code LtxMockAdmin.failJob}): an active job ends now as
 * failed, everywhere at once (status reads, the 429 slots, its webhook); anything else is refused naming why.
 */
class FailJobTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.maxJobs(2).jobDuration(Duration.ofSeconds(10))).withManualClock();

    private final MockCalls api = new MockCalls(ltx);

    private String admin(String path) {
        return ltx.server().origin() + "/__admin/ltx/" + path;
    }

    private String submit() {
        return api.submitJob("");
    }

    @Test
    void failThisJobEndsAnActiveJobNowWithItsMessageAndFreesItsSlot() {
        String first = submit();
        submit();
        assertThat(api.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + api.uploadPng() + "\"}").statusCode())
                .as("both slots taken").isEqualTo(429);

        JobView failed = ltx.admin().failJob(first, "GPU on fire (test)");
        assertThat(failed.phase()).isEqualTo("failed");
        assertThat(failed.failure()).isEqualTo("GPU on fire (test)");
        JsonNode read = Http.json(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(first), ltx.token()));
        assertThat(read.at("/status/type").asText()).isEqualTo("failed");
        assertThat(read.at("/status/message").asText()).isEqualTo("GPU on fire (test)");
        assertThat(api.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + api.uploadPng() + "\"}").statusCode())
                .as("the failed job's slot is free").isEqualTo(200);
    }

    @Test
    void failThisJobRefusesAnEndedJobAnUnknownOneAndABadMessageNamingWhy() {
        String id = submit();
        String uuid = ltx.admin().job(id).orElseThrow().uuid();
        HttpResponse<byte[]> badMessage = Http.postJson(admin("jobs/" + uuid + "/fail"), null, "{\"message\":42}");
        assertThat(badMessage.statusCode()).isEqualTo(400);
        assertThat(Http.text(badMessage)).contains("message: must be a non-blank string");
        HttpResponse<byte[]> tooLong = Http.postJson(admin("jobs/" + uuid + "/fail"), null, "{\"message\":\"" + "x".repeat(501) + "\"}");
        assertThat(Http.text(tooLong)).contains("message: must be at most 500 characters");
        assertThat(ltx.admin().job(id).orElseThrow().phase()).as("a refused request changes nothing").isEqualTo("active");

        HttpResponse<byte[]> ok = Http.postJson(admin("jobs/" + uuid + "/fail"), null, "");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(ok).get("failure").asText()).isEqualTo(LtxAdminApi.DEFAULT_FAILURE);
        HttpResponse<byte[]> again = Http.postJson(admin("jobs/" + uuid + "/fail"), null, "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Http.text(again)).contains("has already ended (failed)");
        HttpResponse<byte[]> unknown = Http.postJson(admin("jobs/00000000-0000-4000-8000-000000000000/fail"), null, "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.text(unknown)).contains("uuid: no job");

        ltx.advance(ltx.server().config().jobs().duration());
        HttpResponse<byte[]> completed = Http.postJson(admin("jobs/" + ltx.admin().job(submitAfterAdvance()).orElseThrow().uuid()
                + "/fail"), null, "");
        assertThat(completed.statusCode()).isEqualTo(409);
        assertThat(Http.text(completed)).contains("(completed)");
    }

    private String submitAfterAdvance() {
        String id = submit();
        ltx.advance(ltx.server().config().jobs().duration());
        return id;
    }

    @Test
    void aFailedJobsWebhookGoesAtOnceAndOnlyOnce() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer listener = Http.webhookReceiver(() -> 204, received::add);
        try {
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/hook";
            String id = api.submitJob(",\"replyUrl\":\"" + url + "\"");
            ltx.admin().failJob(id);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertThat(received).as("sent when it failed, not at its planned end").hasSize(1);
            assertThat(Http.JSON.readTree(received.get(0)).at("/status/type").asText()).isEqualTo("failed");
            ltx.advance(ltx.server().config().jobs().duration().multipliedBy(2));
            TimeUnit.MILLISECONDS.sleep(200); // a negative check: the planned end has passed, nothing more may arrive
            assertThat(received).as("the delivery planned at submit does not go too").hasSize(1);
        } finally {
            listener.stop(0);
        }
    }
}
