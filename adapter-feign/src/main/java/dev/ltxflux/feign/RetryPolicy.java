package dev.ltxflux.feign;

import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.TransportException;
import java.time.Duration;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Our retries (Feign's own are off). Idempotent calls (status reads, downloads) retry transport failures and 408, 429,
 * 500, 502, 503, 504 with exponential backoff and full jitter, honouring {@code Retry-After} up to a cap. Calls that
 * create something (submit, upload) retry only when the server certainly did not take the request: a 429, or a
 * connection that never opened.
 *
 * @param maxAttempts   attempts in all, first included
 * @param baseDelay     the backoff unit: attempt n waits a random time in [0, baseDelay * 2^(n-1)]
 * @param maxDelay      cap of one wait, including a server's {@code Retry-After}
 */
record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper, Random random) {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    /** How a retry waits; tests replace it. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Runs an idempotent call. */
    <T> T idempotent(Supplier<T> call) {
        return run(call, RetryPolicy::retryableRead);
    }

    /** Runs a call that creates something: retried only when the server certainly did not take it. */
    <T> T creating(Supplier<T> call) {
        return run(call, RetryPolicy::certainlyNotTaken);
    }

    private <T> T run(Supplier<T> call, java.util.function.Predicate<LtxException> retryable) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (LtxException e) {
                if (attempt >= maxAttempts || !retryable.test(e)) {
                    throw e;
                }
                pause(delay(attempt, e));
            }
        }
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

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting to retry", false, null, e);
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
