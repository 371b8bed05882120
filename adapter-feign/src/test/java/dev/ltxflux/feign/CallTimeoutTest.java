package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.SubmitUnknownException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.testing.FakeClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One total deadline per call ({@code callTimeout}) across its attempts and pauses: status, submit, upload and
 * download each end within it against a server that errs, drips or stalls. Retry pauses run on a fake clock (no real
 * waiting); the dripping and stalled cases use a real 800 ms budget on loopback.
 */
@Timeout(10)
class CallTimeoutTest {

    static final JobId JOB = new JobId("email:user@example.com-job:1-type:image");

    /**
     * The bound for a call that a deadline must end: ten times the longest deadline these tests set (800 ms), so a
     * loaded machine does not trip it, and far below what the hostile server would take without one (its drips and
     * endless bodies never end). Below the class's {@code @Timeout(10)}, so a miss reads as this bound, not a timeout.
     */
    static final Duration UNBOUNDED = Duration.ofSeconds(8);

    @TempDir
    Path dir;
    private HostileServer server;
    private LtxClient client;

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer(HostileServer.answer(503, "{\"error\":\"busy\"}"));
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        server.close();
    }

    private LtxClientBuilder builder() {
        return LtxClient.builder().baseUrl(server.baseUrl() + "/v1/ltxstudio").token("t0ken");
    }

    @Test
    void retriesOfAStatusReadStopWhenTheNextPauseWouldPassTheCallTimeoutOnVirtualTime() {
        // every answer asks for 8 s (Retry-After, also the cap): pauses at 8, 16, 24 s; a fourth would end at 32 s
        server.behave(HostileServer.answer(503, "application/json", "{\"error\":\"busy\"}".getBytes(),
                "Retry-After", "8"));
        FakeClock clock = FakeClock.atEpoch();
        client = builder().clock(clock).delays(clock.delays()).maxAttempts(10).retryBaseDelay(Duration.ofSeconds(1))
                .maxRetryDelay(Duration.ofSeconds(8)).callTimeout(Duration.ofSeconds(30)).build();
        TransportException e = catchThrowableOfType(TransportException.class, () -> client.status(JOB));
        assertThat(e).hasMessageContaining("no answer within the call timeout of 30s (4 attempts; the last: HTTP 503)");
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void aSubmitRateLimitedPastTheCallTimeoutSaysItDidNotReachTheServer() {
        server.behave(HostileServer.answer(429, "application/json", "{\"error\":\"slow down\"}".getBytes(),
                "Retry-After", "20"));
        FakeClock clock = FakeClock.atEpoch();
        client = builder().clock(clock).delays(clock.delays()).callTimeout(Duration.ofSeconds(30)).build();
        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()));
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(e).hasMessageContaining("call timeout of 30s").hasMessageContaining("2 attempts");
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void aRetryPauseThatOverrunsLeavesTheNextAttemptUnsentAndSaysSoSoTheSubmitIsKnownNotTaken() {
        // 429 asks for 20 s of a 30 s budget; the pause then takes 31 s (a suspended laptop, a stalled timer): the next
        // attempt has no time left, sends nothing, and the call is certainly not taken
        server.behave(HostileServer.answer(429, "application/json", "{\"error\":\"slow down\"}".getBytes(),
                "Retry-After", "20"));
        FakeClock clock = FakeClock.atEpoch();
        client = builder().clock(clock).delays(d -> {
            clock.advance(Duration.ofSeconds(31));
            return CompletableFuture.completedFuture(null);
        }).callTimeout(Duration.ofSeconds(30)).build();
        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()));
        assertThat(server.requests()).as("only the rate-limited attempt was sent").hasSize(1);
        assertThat(e).hasMessageContaining("no time left within the call timeout of 30s: not sent");
        assertThat(e.mayHaveReachedServer()).isFalse();
    }

    @Test
    void aDrippingStatusBodyIsCutAtTheCallTimeoutNotAtTheLongerReadTimeout() {
        server.behave(server.drip("application/json", 20));
        client = builder().readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofMillis(800)).build();
        long t0 = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> client.status(JOB));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("the drip never ends: only the deadline ends the call").isLessThan(UNBOUNDED);
        assertThat(e).hasMessageContaining("call timeout of 800ms");
    }

    @Test
    void aStalledSubmitEndsAtTheCallTimeoutAsUnknownNeverResent() {
        server.behave(server.silent());
        client = builder().readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofMillis(800)).build();
        Throwable e = catchThrowable(() -> client.images().submitEdit(
                EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()));
        assertThat(e).isInstanceOf(SubmitUnknownException.class);
        TransportException cause = catchThrowableOfType(TransportException.class, () -> {
            throw e.getCause();
        });
        assertThat(cause.mayHaveReachedServer()).isTrue();
        assertThat(cause).hasMessageContaining("call timeout of 800ms").hasMessageContaining("may have reached the server");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aStalledUploadEndsAtTheCallTimeout() throws Exception {
        server.behave(server.silent());
        Path image = Files.write(dir.resolve("in.png"), dev.ltxflux.mock.render.ImageEditor.sample(8, 8));
        client = builder().readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofMillis(800)).build();
        long t0 = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> client.upload(image));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("the drip never ends: only the deadline ends the call").isLessThan(UNBOUNDED);
        assertThat(e).hasMessageContaining("call timeout of 800ms");
    }

    @Test
    void aDrippingDownloadEndsAtTheCallTimeoutAndLeavesNoFile() throws Exception {
        server.behave(server.drip("image/png", 20));
        client = builder().readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofMillis(800)).build();
        Job done = Job.builder(JOB, new dev.ltxflux.core.model.job.JobStatus("completed"))
                .artifact(Artifact.of(URI.create(server.baseUrl() + "/a.png"), null, null, null, null, null)).build();
        long t0 = System.nanoTime();
        Throwable e = catchThrowable(() -> client.download(done, dir.resolve("out.png")));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("the drip never ends: only the deadline ends the call").isLessThan(UNBOUNDED);
        assertThat(e).isInstanceOf(TransportException.class).hasMessageContaining("call timeout of 800ms");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theCallTimeoutHasADocumentedDefaultAndIsReadFromTheEnvironment() {
        assertThat(LtxClient.builder().token("t").toOptions().callTimeout())
                .isEqualTo(LtxClientOptions.DEFAULT_CALL_TIMEOUT).isEqualTo(Duration.ofMinutes(2));
        assertThat(LtxClient.builder().fromEnv(Map.of(LtxClient.ENV_TOKEN, "t", LtxClient.ENV_CALL_TIMEOUT, "500ms"))
                .toOptions().callTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(LtxClient.builder().fromEnv(Map.of(LtxClient.ENV_TOKEN, "t", LtxClient.ENV_CALL_TIMEOUT, "PT3M"))
                .toOptions().callTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aBadCallTimeoutIsRefusedNamingWhereItCameFrom() {
        InvalidRequestException env = catchThrowableOfType(InvalidRequestException.class, () -> LtxClient.builder()
                .fromEnv(Map.of(LtxClient.ENV_CALL_TIMEOUT, "soon")).toOptions());
        assertThat(env.violations()).extracting(v -> v.field())
                .containsExactlyInAnyOrder(LtxClient.ENV_TOKEN, LtxClient.ENV_CALL_TIMEOUT);
        assertThat(env).hasMessageContaining("was 'soon'");
        InvalidRequestException zero = catchThrowableOfType(InvalidRequestException.class,
                () -> LtxClient.builder().token("t").callTimeout(Duration.ZERO).toOptions());
        assertThat(zero.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("callTimeout");
            assertThat(v.rule()).isEqualTo("must be positive");
        });
    }
}
