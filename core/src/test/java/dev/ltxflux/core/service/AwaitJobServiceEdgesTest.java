package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.ApiErrors;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The edges of waiting: errors between reads, the last moment before the deadline, a broken timer. */
class AwaitJobServiceEdgesTest {

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), 3, Duration.ofSeconds(30));
    private final AwaitJobService service = new AwaitJobService(api, clock, clock.delays(), Runnable::run, backoff);

    @Test
    void aTransportErrorOnAStatusReadIsRetriedAfterTheBackoff() {
        api.reads(() -> {
            throw new TransportException("connection reset", true, Jobs.ID, null);
        }, Jobs::completed);

        Job job = service.await(Jobs.ID, AwaitOptions.defaults());

        assertThat(job.isDone()).isTrue();
        assertThat(api.count("read")).isEqualTo(2);
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void theBackoffGrowsAcrossErrorsAndActiveReadsAlike() {
        api.reads(() -> Jobs.active(10), () -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(503, "busy", "", null, Jobs.ID));
        }, () -> Jobs.active(70), Jobs::completed);

        service.await(Jobs.ID, AwaitOptions.defaults());

        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(9));
    }

    @Test
    void aRetryAfterShorterThanTheBackoffDoesNotShortenTheWait() {
        api.reads(() -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(429, "slow down", "", Duration.ofMillis(200), Jobs.ID));
        }, Jobs::completed);

        service.await(Jobs.ID, AwaitOptions.defaults());

        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void theLastWaitIsCutToTheDeadlineAndThenTheWaitTimesOut() {
        api.reads(() -> Jobs.active(10));

        assertThatThrownBy(() -> service.await(Jobs.ID, AwaitOptions.timeout(Duration.ofSeconds(5))))
                .isInstanceOf(WaitTimedOutException.class);
        // 1 s, 3 s, then only the 1 s left (not the 9 s of the backoff)
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(1));
        assertThat(api.count("read")).isEqualTo(4);
    }

    @Test
    void aFailingTimerEndsTheWaitWithItsError() {
        AwaitJobService broken = new AwaitJobService(api, clock,
                d -> CompletableFuture.failedFuture(new IllegalStateException("timer broke")), Runnable::run, backoff);
        api.reads(() -> Jobs.active(10));

        assertThatThrownBy(() -> broken.await(Jobs.ID, AwaitOptions.defaults()))
                .isInstanceOf(IllegalStateException.class).hasMessage("timer broke");
    }

    @Test
    void aCheckedFailureOfTheTimerArrivesWrappedNeverAsNull() {
        AwaitJobService broken = new AwaitJobService(api, clock,
                d -> CompletableFuture.failedFuture(new IOException("timer io")), Runnable::run, backoff);
        api.reads(() -> Jobs.active(10));

        assertThatThrownBy(() -> broken.await(Jobs.ID, AwaitOptions.defaults()))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void anErrorOfTheTimerIsRethrownAsItself() {
        AwaitJobService broken = new AwaitJobService(api, clock,
                d -> CompletableFuture.failedFuture(new LinkageError("timer class broke")), Runnable::run, backoff);
        api.reads(() -> Jobs.active(10));

        assertThatThrownBy(() -> broken.await(Jobs.ID, AwaitOptions.defaults()))
                .isInstanceOf(LinkageError.class).hasMessage("timer class broke");
    }

    @Test
    void aMultiplierOfExactlyOneIsAFixedDelay() {
        Backoff fixed = new Backoff(Duration.ofSeconds(2), 1.0, Duration.ofSeconds(2));

        assertThat(fixed.delay(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(fixed.delay(7)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aMultiplierBelowOneOrANegativeAttemptIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.99, Duration.ofSeconds(2)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> backoff.delay(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
