package dev.ltxflux.feign;

import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.service.Delays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Our retries (Feign's own are off), and the one place that times and reports each call. Idempotent calls (status
 * reads, downloads) retry transport failures and 408, 429, 500, 502, 503, 504 with exponential backoff and full
 * jitter, honouring {@code Retry-After} up to a cap. Calls that create something (submit, upload) retry only when the
 * server certainly did not take the request: a 429, or a connection that never opened. Reads made by an await are
 * {@linkplain #once run once}: the await is their only retry layer.
 *
 * <p>A pause is a {@link Delays} delay (the thread waits on a future, interruptibly), never {@code Thread.sleep}.
 *
 * <p>Every call has one total deadline, {@code callTimeout}, across its attempts and pauses (a {@link CallBudget}):
 * each exchange is cut to what is left of it, and a retry pause that would pass it is not waited. A call
 * that runs out of it ends with a {@link TransportException} saying whether the request may have reached the server
 * (a submit's caller then treats the job as unknown, never sends it again).
 *
 * @param maxAttempts attempts in all, first included
 * @param baseDelay   the backoff unit: attempt n waits a random time in [0, baseDelay * 2^(n-1)]
 * @param maxDelay    cap of one wait, including a server's {@code Retry-After}
 * @param callTimeout total deadline of one call, all attempts and pauses included
 */
record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Delays delays, Random random, Clock clock,
        ClientEventsPort events, Duration callTimeout) {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    RetryPolicy {
        java.util.Objects.requireNonNull(callTimeout, "callTimeout");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Runs an idempotent call ({@code operation} names it to the observer). */
    <T> T idempotent(String operation, Supplier<T> call) {
        return run(operation, call, RetryPolicy::retryableRead, maxAttempts);
    }

    /** Runs a call that creates something: retried only when the server certainly did not take it. */
    <T> T creating(String operation, Supplier<T> call) {
        return run(operation, call, RetryPolicy::certainlyNotTaken, maxAttempts);
    }

    /** Runs a call exactly once (its caller retries), still timed and reported. */
    <T> T once(String operation, Supplier<T> call) {
        return run(operation, call, e -> false, 1);
    }

    private <T> T run(String operation, Supplier<T> call, Predicate<LtxException> retryable, int attempts) {
        Instant start = clock.instant();
        return CallBudget.within(clock, start, callTimeout, () -> attempts(operation, call, retryable, attempts, start));
    }

    private <T> T attempts(String operation, Supplier<T> call, Predicate<LtxException> retryable, int attempts,
            Instant start) {
        CallBudget budget = CallBudget.current();
        for (int attempt = 1; ; attempt++) {
            try {
                T value = call.get();
                ended(operation, "success", start);
                return value;
            } catch (LtxException e) {
                if (attempt >= attempts || !retryable.test(e)) {
                    ended(operation, e.getClass().getSimpleName(), start);
                    throw e;
                }
                Duration delay = delay(attempt, e);
                if (delay.compareTo(budget.remaining()) >= 0) {
                    LtxException out = outOfTime(budget, attempt, e);
                    ended(operation, out.getClass().getSimpleName(), start);
                    throw out;
                }
                events.retrying(operation, attempt, delay);
                try {
                    pause(delay, e);
                } catch (LtxException interrupted) {
                    ended(operation, interrupted.getClass().getSimpleName(), start);
                    throw interrupted;
                }
            } catch (RuntimeException | Error e) {
                ended(operation, e.getClass().getSimpleName(), start);
                throw e;
            }
        }
    }

    /** The call's deadline came before its next attempt could: the last failure, said as a timeout of the call. */
    private static TransportException outOfTime(CallBudget budget, int attempts, LtxException last) {
        boolean reached = last instanceof TransportException t ? t.mayHaveReachedServer()
                : !(last instanceof ApiException api && api.status() == 429);
        String what = last instanceof ApiException api ? "HTTP " + api.status() : last.getMessage()
                .replace(" (the request may have reached the server)", "")
                .replace(" (the request did not reach the server)", "");
        return new TransportException("no answer within the call timeout of " + CallBudget.show(budget.total()) + " ("
                + attempts + (attempts == 1 ? " attempt" : " attempts") + "; the last: " + what + ")", reached,
                last.jobId().orElse(null), last);
    }

    private void ended(String operation, String outcome, Instant start) {
        Duration took = Duration.between(start, clock.instant());
        events.callEnded(operation, outcome, took.isNegative() ? Duration.ZERO : took);
    }

    Duration delay(int attempt, LtxException e) {
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(20, attempt - 1));
        Duration backoff = Duration.ofMillis(ceiling <= 0 ? 0 : (long) (random.nextDouble() * ceiling));
        if (e instanceof ApiException api && api.retryAfter().isPresent()) {
            Duration asked = api.retryAfter().get();
            Duration capped = asked.compareTo(maxDelay) > 0 ? maxDelay : asked;
            return capped.compareTo(backoff) > 0 ? capped : backoff;
        }
        return backoff;
    }

    private void pause(Duration d, LtxException last) {
        var timer = delays.after(d);
        try {
            timer.get();
        } catch (InterruptedException e) {
            timer.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting to retry", false, last.jobId().orElse(null), e);
        } catch (ExecutionException | CancellationException e) {
            throw new TransportException("the retry timer failed", false, last.jobId().orElse(null), e);
        }
    }

    private static boolean retryableRead(LtxException e) {
        if (e instanceof TransportException) {
            return true;
        }
        return e instanceof ApiException api && RETRYABLE_STATUSES.contains(api.status());
    }

    private static boolean certainlyNotTaken(LtxException e) {
        if (e instanceof TransportException t) {
            return !t.mayHaveReachedServer();
        }
        return e instanceof ApiException api && api.status() == 429;
    }
}
