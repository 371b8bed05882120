package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.ServerException;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.service.AwaitJobService;
import dev.ltxflux.core.service.Delays;
import dev.ltxflux.core.testing.FakeClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every wait ends within its bounds, whatever the server does: deadline, close(), Retry-After, one retry layer. */
@Timeout(10)
class WaitsEndTest {

    static final JobId JOB = new JobId("email:user@example.com-job:1-type:image");

    private HostileServer server;
    private LtxClient client;

    /** A delays whose timers fire only when the test says. */
    static final class ManualScheduler implements Delays {
        record Timer(Duration delay, CompletableFuture<Void> future) {
        }

        final List<Timer> timers = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> after(Duration delay) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            timers.add(new Timer(delay, f));
            return f;
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer(HostileServer.answer(200, "{}"));
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

    private static Throwable failureOf(CompletableFuture<Job> wait) throws Exception {
        try {
            wait.get(5, TimeUnit.SECONDS);
            throw new AssertionError("the wait succeeded");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void closeEndsAPendingWaitWithATypedErrorEvenWhileAReadHangs() throws Exception {
        server.behave(server.silent());
        client = builder().readTimeout(Duration.ofSeconds(60)).build();
        CompletableFuture<Job> wait = client.awaitAsync(JOB, AwaitOptions.timeout(Duration.ofMinutes(10)));
        assertThat(server.headersSent.await(5, TimeUnit.SECONDS)).isTrue();
        client.close();
        assertThat(failureOf(wait)).isInstanceOf(ClientClosedException.class)
                .satisfies(e -> assertThat(((ClientClosedException) e).jobId()).contains(JOB));
        assertThat(failureOf(client.awaitAsync(JOB, AwaitOptions.defaults()))).isInstanceOf(ClientClosedException.class);
    }

    @Test
    void theDeadlineEndsTheWaitWhileAReadHangs() throws Exception {
        server.behave(server.silent());
        FakeClock clock = FakeClock.atEpoch();
        ManualScheduler delays = new ManualScheduler();
        client = builder().readTimeout(Duration.ofSeconds(60)).clock(clock).delays(delays).build();
        CompletableFuture<Job> wait = client.awaitAsync(JOB, AwaitOptions.timeout(Duration.ofSeconds(10)));
        assertThat(server.headersSent.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(delays.timers).singleElement().satisfies(t -> assertThat(t.delay()).isEqualTo(Duration.ofSeconds(10)));
        clock.advance(Duration.ofSeconds(10));
        delays.timers.get(0).future().complete(null);
        assertThat(failureOf(wait)).isInstanceOf(WaitTimedOutException.class);
    }

    @Test
    void aLongRetryAfterIsCutAtTheWaitsDeadline() throws Exception {
        server.behave(HostileServer.answer(429, "application/json", "{\"error\":\"busy\",\"code\":429}".getBytes(),
                "Retry-After", "30"));
        FakeClock clock = FakeClock.atEpoch();
        client = builder().clock(clock).delays(clock.delays()).executor(Runnable::run).build();
        CompletableFuture<Job> wait = client.awaitAsync(JOB, AwaitOptions.timeout(Duration.ofSeconds(10)));
        assertThat(failureOf(wait)).isInstanceOf(WaitTimedOutException.class);
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void anAwaitIsTheOnlyRetryLayerOfItsReads() throws Exception {
        server.behave(HostileServer.answer(503, "{\"error\":\"down\",\"code\":503}"));
        FakeClock clock = FakeClock.atEpoch();
        client = builder().maxAttempts(4).clock(clock).delays(clock.delays()).executor(Runnable::run).build();
        CompletableFuture<Job> wait = client.awaitAsync(JOB, AwaitOptions.timeout(Duration.ofMinutes(10)));
        assertThat(failureOf(wait)).isInstanceOf(ServerException.class);
        assertThat(server.requests()).as("no status read retried inside the await's own retries")
                .hasSize(AwaitJobService.MAX_CONSECUTIVE_ERRORS + 1);
    }

    @Test
    void aDirectStatusReadRetriesWithScheduledPausesNotSleeps() throws Exception {
        server.behave(HostileServer.answer(503, "{\"error\":\"down\",\"code\":503}"));
        List<Duration> pauses = new CopyOnWriteArrayList<>();
        client = builder().maxAttempts(3).retryBaseDelay(Duration.ofSeconds(20)).delays(d -> {
            pauses.add(d);
            return CompletableFuture.completedFuture(null);
        }).build();
        long start = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.status(JOB)).isInstanceOf(ServerException.class);
        assertThat(server.requests()).hasSize(3);
        assertThat(pauses).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the real pauses would be 60 s").isLessThan(CallTimeoutTest.UNBOUNDED);
    }
}
