package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.ApiErrors;
import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.service.Delays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The retry policy alone: how long it waits, what it retries, and what it tells the observer. No real time passes. */
class RetryBackoffTest {

    private static final JobId JOB = new JobId("email:u@e.com-job:1-type:image");

    /** A random source that always draws {@code value} (the jitter factor, in [0, 1)). */
    private static Random fixed(double value) {
        return new Random() {
            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    /** A clock that moves {@code step} on every reading, so a call's duration is the number of readings. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");
        private final Duration step;

        SteppingClock(Duration step) {
            this.step = step;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plus(step);
            return t;
        }
    }

    private final List<String> heard = new ArrayList<>();
    private final List<Duration> waited = new ArrayList<>();
    private final ClientEventsPort events = new ClientEventsPort() {
        @Override
        public void callEnded(String operation, String outcome, Duration took) {
            heard.add("ended " + operation + " " + outcome + " " + took.toMillis());
        }

        @Override
        public void retrying(String operation, int attempt, Duration delay) {
            heard.add("retrying " + operation + " " + attempt + " " + delay.toMillis());
        }
    };
    private final Delays recording = d -> {
        waited.add(d);
        return CompletableFuture.completedFuture(null);
    };

    private RetryPolicy policy(int attempts, long baseMillis, long maxMillis, double jitter) {
        return new RetryPolicy(attempts, Duration.ofMillis(baseMillis), Duration.ofMillis(maxMillis), recording, fixed(jitter),
                new SteppingClock(Duration.ZERO), events, Duration.ofHours(1));
    }

    private static ApiException api(int status, Duration retryAfter) {
        return ApiErrors.forStatus(new ApiErrorDetails(status, "m", "", retryAfter, JOB));
    }

    private static TransportException transport(boolean reached) {
        return new TransportException("gone", reached, JOB, null);
    }

    /** A call that throws the given errors in turn, then answers "ok". */
    private static Supplier<String> failing(LtxException... errors) {
        Deque<LtxException> left = new ArrayDeque<>(List.of(errors));
        return () -> {
            if (!left.isEmpty()) {
                throw left.poll();
            }
            return "ok";
        };
    }

    @Test
    void backoffCeilingDoublesWithEachAttempt() {
        RetryPolicy p = policy(10, 100, 100_000, 0.5);
        LtxException e = transport(true);
        assertThat(List.of(p.delay(1, e), p.delay(2, e), p.delay(3, e), p.delay(4, e)))
                .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void backoffNeverExceedsTheMaximumDelay() {
        RetryPolicy p = policy(10, 100, 300, 0.999);
        LtxException e = transport(true);
        assertThat(p.delay(3, e)).isEqualTo(Duration.ofMillis(299));
        assertThat(p.delay(30, e)).isEqualTo(Duration.ofMillis(299));
    }

    @Test
    void fullJitterCanWaitNothing() {
        assertThat(policy(10, 100, 1000, 0.0).delay(3, transport(true))).isZero();
    }

    @Test
    void aSubMillisecondBaseDelayWaitsNothing() {
        RetryPolicy p = new RetryPolicy(3, Duration.ofNanos(10), Duration.ofSeconds(1), recording, fixed(0.9),
                Clock.systemUTC(), events, Duration.ofHours(1));
        assertThat(p.delay(1, transport(true))).isZero();
    }

    @Test
    void retryAfterLongerThanTheBackoffIsHonoured() {
        assertThat(policy(4, 100, 10_000, 0.5).delay(1, api(429, Duration.ofSeconds(3)))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterIsCappedAtTheMaximumDelay() {
        assertThat(policy(4, 100, 2_000, 0.5).delay(1, api(503, Duration.ofSeconds(60)))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterShorterThanTheBackoffWaitsTheBackoff() {
        assertThat(policy(4, 1_000, 100_000, 0.5).delay(3, api(503, Duration.ofMillis(10)))).isEqualTo(Duration.ofMillis(2_000));
    }

    @Test
    void retryAfterEqualToTheMaximumDelayIsKept() {
        assertThat(policy(4, 10, 2_000, 0.0).delay(1, api(429, Duration.ofSeconds(2)))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anIdempotentCallWaitsAGrowingBackoffBetweenAttemptsAndReportsEach() {
        RetryPolicy p = policy(4, 100, 100_000, 0.5);
        String result = p.idempotent("status", failing(transport(true), api(503, null), api(500, null)));
        assertThat(result).isEqualTo("ok");
        assertThat(waited).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(heard).containsExactly("retrying status 1 50", "retrying status 2 100", "retrying status 3 200",
                "ended status success 0");
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void anIdempotentCallRetriesTransientStatuses(int status) {
        assertThat(policy(2, 1, 10, 0).idempotent("status", failing(api(status, null)))).isEqualTo("ok");
        assertThat(waited).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 402, 403, 404, 422, 501})
    void anIdempotentCallDoesNotRetryOtherStatuses(int status) {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> policy(4, 1, 10, 0).idempotent("status", failing(api(status, null))));
        assertThat(e.status()).isEqualTo(status);
        assertThat(waited).isEmpty();
        assertThat(heard).containsExactly("ended status " + e.getClass().getSimpleName() + " 0");
    }

    @Test
    void anIdempotentCallGivesUpAfterMaxAttemptsWithTheLastError() {
        TransportException last = transport(true);
        RetryPolicy p = policy(3, 1, 10, 0);
        assertThatThrownBy(() -> p.idempotent("download", failing(transport(true), transport(true), last, transport(true))))
                .isSameAs(last);
        assertThat(waited).hasSize(2);
        assertThat(heard).last().isEqualTo("ended download TransportException 0");
    }

    @Test
    void aCreatingCallIsResentAfterA429OrAConnectionThatNeverOpened() {
        RetryPolicy p = policy(4, 1, 10, 0);
        assertThat(p.creating("submit", failing(api(429, null), transport(false)))).isEqualTo("ok");
        assertThat(waited).hasSize(2);
    }

    @Test
    void aCreatingCallIsNotResentWhenTheServerMayHaveTakenIt() {
        RetryPolicy p = policy(4, 1, 10, 0);
        assertThatThrownBy(() -> p.creating("submit", failing(transport(true)))).isInstanceOf(TransportException.class);
        assertThatThrownBy(() -> p.creating("submit", failing(api(503, null)))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> p.creating("submit", failing(new InvalidRequestException("x", "y"))))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(waited).isEmpty();
    }

    @Test
    void aCallRunOnceIsNeverRetried() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy p = policy(4, 1, 10, 0);
        assertThatThrownBy(() -> p.once("status", () -> {
            calls.incrementAndGet();
            throw transport(true);
        })).isInstanceOf(TransportException.class);
        assertThat(calls).hasValue(1);
        assertThat(heard).containsExactly("ended status TransportException 0");
    }

    @Test
    void aNonLtxFailureEndsTheCallAtOnceAndIsReportedByItsClass() {
        RetryPolicy p = policy(4, 1, 10, 0);
        assertThatThrownBy(() -> p.idempotent("status", () -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(heard).containsExactly("ended status IllegalStateException 0");
    }

    @Test
    void theReportedDurationSpansAllAttemptsOnTheInjectedClock() {
        RetryPolicy p = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10), recording, fixed(0),
                new SteppingClock(Duration.ofMillis(7)), events, Duration.ofHours(1));
        p.idempotent("status", failing(transport(true)));
        // three readings, 7 ms apart: the start, the call-timeout check before the retry's pause, the end
        assertThat(heard).last().isEqualTo("ended status success 14");
    }

    @Test
    void aClockThatGoesBackwardsReportsZeroNotANegativeDuration() {
        RetryPolicy p = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(10), recording, fixed(0),
                new SteppingClock(Duration.ofMillis(-5)), events, Duration.ofHours(1));
        p.idempotent("status", () -> "ok");
        assertThat(heard).containsExactly("ended status success 0");
    }

    @Test
    void aFailingRetryTimerEndsTheCallAsATransportErrorNamingTheJob() {
        RetryPolicy p = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10),
                d -> CompletableFuture.failedFuture(new IllegalStateException("timer down")), fixed(0),
                new SteppingClock(Duration.ZERO), events, Duration.ofHours(1));
        TransportException e = catchThrowableOfType(TransportException.class,
                () -> p.idempotent("status", failing(api(503, null))));
        assertThat(e).hasMessageContaining("the retry timer failed");
        assertThat(e.jobId()).contains(JOB);
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(heard).containsExactly("retrying status 1 0", "ended status TransportException 0");
    }

    @Test
    void anInterruptWhileWaitingToRetryEndsTheCallAndKeepsTheInterruptFlag() {
        CompletableFuture<Void> never = new CompletableFuture<>();
        RetryPolicy p = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10), d -> never, fixed(0),
                new SteppingClock(Duration.ZERO), events, Duration.ofHours(1));
        Thread.currentThread().interrupt();
        try {
            TransportException e = catchThrowableOfType(TransportException.class,
                    () -> p.idempotent("status", failing(api(503, null))));
            assertThat(e).hasMessageContaining("interrupted while waiting to retry");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(never).isCancelled();
            assertThat(heard).last().isEqualTo("ended status TransportException 0");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void fewerThanOneAttemptIsRefused() {
        assertThatThrownBy(() -> policy(0, 1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(policy(1, 1, 10, 0).maxAttempts()).isEqualTo(1);
    }
}
