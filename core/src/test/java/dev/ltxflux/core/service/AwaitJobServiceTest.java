package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.ApiErrors;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.AwaitCancelledException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnauthorizedException;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AwaitJobServiceTest {

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(4));
    private final AwaitJobService service = new AwaitJobService(api, clock, clock.delays(), Runnable::run, backoff);

    @Test
    void givenActiveJob_await_pollsUntilCompleted() {
        api.reads(() -> Jobs.active(10), () -> Jobs.active(60), Jobs::completed);
        Job job = service.await(Jobs.ID, AwaitOptions.timeout(Duration.ofMinutes(1)));
        assertThat(job.isDone()).isTrue();
        assertThat(api.count("read")).isEqualTo(3);
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void completedWithoutAssetUrlIsWaitedThrough() {
        api.reads(Jobs::completedWithoutArtifact, Jobs::completed);
        assertThat(service.await(Jobs.ID, AwaitOptions.defaults()).isDone()).isTrue();
        assertThat(api.count("read")).isEqualTo(2);
    }

    @Test
    void backoffIsCappedAtItsMaximum() {
        api.reads(() -> Jobs.active(1), () -> Jobs.active(2), () -> Jobs.active(3), () -> Jobs.active(4), Jobs::completed);
        service.await(Jobs.ID, AwaitOptions.defaults());
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4));
    }

    @Test
    void failedJobIsRaisedWithTheJobAndItsId() {
        api.reads(() -> Jobs.active(5), () -> Jobs.failed("content policy"));
        assertThatThrownBy(() -> service.await(Jobs.ID, AwaitOptions.defaults()))
                .isInstanceOfSatisfying(JobFailedException.class, e -> {
                    assertThat(e.job().message()).contains("content policy");
                    assertThat(e.jobId()).contains(Jobs.ID);
                });
    }

    @Test
    void deadlineRaisesTimeoutCarryingTheJobIdAndLastSeenJob() {
        api.reads(() -> Jobs.active(42));
        assertThatThrownBy(() -> service.await(Jobs.ID, AwaitOptions.timeout(Duration.ofSeconds(10))))
                .isInstanceOfSatisfying(WaitTimedOutException.class, e -> {
                    assertThat(e.jobId()).contains(Jobs.ID);
                    assertThat(e.lastSeen().orElseThrow().progress()).hasValue(42);
                    assertThat(e.getMessage()).contains(Jobs.ID.value());
                });
        assertThat(clock.waits().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void progressListenerSeesEveryRead() {
        api.reads(() -> Jobs.active(10), () -> Jobs.active(90), Jobs::completed);
        List<Integer> seen = new ArrayList<>();
        service.await(Jobs.ID, AwaitOptions.defaults().withListener(j -> seen.add(j.progress().orElse(-1))));
        assertThat(seen).containsExactly(10, 90, 100);
    }

    @Test
    void transientReadErrorsAreWaitedThroughAndRetryAfterHonoured() {
        api.reads(() -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(429, "busy", "", Duration.ofSeconds(30), Jobs.ID));
        }, () -> {
            throw new TransportException("reset", true, Jobs.ID, null);
        }, Jobs::completed);
        assertThat(service.await(Jobs.ID, AwaitOptions.defaults()).isDone()).isTrue();
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(2));
    }

    @Test
    void tooManyTransientErrorsInARowEndTheWait() {
        api.reads(() -> {
            throw new TransportException("refused", false, Jobs.ID, null);
        });
        assertThatThrownBy(() -> service.await(Jobs.ID, AwaitOptions.defaults())).isInstanceOf(TransportException.class);
        assertThat(api.count("read")).isEqualTo(AwaitJobService.MAX_CONSECUTIVE_ERRORS + 1);
    }

    @Test
    void permanentErrorEndsTheWaitAtOnce() {
        api.reads(() -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(401, "Unauthorized", "", null, null));
        });
        assertThatThrownBy(() -> service.await(Jobs.ID, AwaitOptions.defaults())).isInstanceOf(UnauthorizedException.class);
        assertThat(api.count("read")).isEqualTo(1);
    }

    @Test
    void cancellingTheAsyncWaitStopsPolling() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        AwaitJobService gated = new AwaitJobService(api, clock, d -> gate, Runnable::run, backoff);
        api.reads(() -> Jobs.active(1));
        CompletableFuture<Job> future = gated.awaitAsync(Jobs.ID, AwaitOptions.defaults());
        future.cancel(true);
        gate.complete(null);
        assertThat(future).isCancelled();
        assertThat(api.count("read")).isEqualTo(1);
    }

    @Test
    void interruptingTheSyncWaitRaisesCancelled() throws Exception {
        AwaitJobService never = new AwaitJobService(api, clock, d -> new CompletableFuture<>(), Runnable::run, backoff);
        api.reads(() -> Jobs.active(1));
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> never.await(Jobs.ID, AwaitOptions.defaults())).isInstanceOf(AwaitCancelledException.class);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void asyncWaitsHoldNoThreadBetweenReads() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> gates = new ArrayList<>();
            AwaitJobService parked = new AwaitJobService(api, clock, d -> {
                CompletableFuture<Void> g = new CompletableFuture<>();
                synchronized (gates) {
                    gates.add(g);
                }
                return g;
            }, pool, backoff);
            api.reads(() -> Jobs.active(1), Jobs::completed);
            List<CompletableFuture<Job>> waits = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                waits.add(parked.awaitAsync(Jobs.ID, AwaitOptions.defaults()));
            }
            // 200 waits parked on a pool of 2 threads: none completes until the gates open, none blocks the pool
            CompletableFuture.supplyAsync(() -> "pool is free", pool).orTimeout(5, TimeUnit.SECONDS).join();
            synchronized (gates) {
                gates.forEach(g -> g.complete(null));
            }
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).orTimeout(10, TimeUnit.SECONDS).join();
            assertThat(waits).allSatisfy(w -> assertThat(w.join().isDone()).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }
}
