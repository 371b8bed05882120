package dev.ltxflux.core.service;

import dev.ltxflux.core.error.AwaitCancelledException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.RateLimitedException;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Polls a job until it is done, failed or out of time. Reads run on the given executor; the waits between them hold no
 * thread. A transient read error (429, 5xx, transport) is waited through, up to {@link #MAX_CONSECUTIVE_ERRORS} in a row.
 */
public final class AwaitJobService implements AwaitJobUseCase {

    /** Transient read failures tolerated in a row before the wait gives up with the last one. */
    public static final int MAX_CONSECUTIVE_ERRORS = 5;

    private final ReadJobPort reader;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Executor executor;
    private final Backoff backoff;

    public AwaitJobService(ReadJobPort reader, Clock clock, Scheduler scheduler, Executor executor, Backoff backoff) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    @Override
    public Job await(JobId id, AwaitOptions options) {
        CompletableFuture<Job> future = awaitAsync(id, options);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new AwaitCancelledException(id);
        } catch (CancellationException e) {
            throw new AwaitCancelledException(id);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    @Override
    public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(options, "options");
        Poll poll = new Poll(id, options, clock.instant());
        poll.readNow();
        return poll.result;
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CompletionException(cause);
    }

    /** One wait: its deadline, its attempt counters, and the future the caller holds. */
    private final class Poll {
        final CompletableFuture<Job> result = new CompletableFuture<>();
        final JobId id;
        final AwaitOptions options;
        final Instant started;
        final Instant deadline;
        int attempt;
        int consecutiveErrors;
        Job lastSeen;

        Poll(JobId id, AwaitOptions options, Instant started) {
            this.id = id;
            this.options = options;
            this.started = started;
            this.deadline = started.plus(options.timeout());
        }

        void readNow() {
            if (result.isDone()) {
                return;
            }
            CompletableFuture.supplyAsync(() -> reader.read(id), executor).whenComplete(this::onRead);
        }

        void onRead(Job job, Throwable error) {
            if (result.isDone()) {
                return;
            }
            try {
                if (error != null) {
                    onError(rethrow(error));
                } else {
                    onJob(job);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }

        private void onJob(Job job) {
            consecutiveErrors = 0;
            lastSeen = job;
            options.listener().onUpdate(job);
            if (job.isDone()) {
                result.complete(job);
            } else if (job.isFailed()) {
                result.completeExceptionally(new JobFailedException(job));
            } else {
                next(backoff.delay(attempt++));
            }
        }

        private void onError(RuntimeException error) {
            boolean tolerable = error instanceof LtxException ltx && ltx.isTransient();
            if (!tolerable || ++consecutiveErrors > MAX_CONSECUTIVE_ERRORS) {
                result.completeExceptionally(error);
                return;
            }
            Duration delay = backoff.delay(attempt++);
            if (error instanceof RateLimitedException limited && limited.retryAfter().isPresent()
                    && limited.retryAfter().get().compareTo(delay) > 0) {
                delay = limited.retryAfter().get();
            }
            next(delay);
        }

        private void next(Duration delay) {
            Instant now = clock.instant();
            Duration remaining = Duration.between(now, deadline);
            if (remaining.isNegative() || remaining.isZero()) {
                result.completeExceptionally(new WaitTimedOutException(id, Duration.between(started, now), lastSeen));
                return;
            }
            Duration wait = delay.compareTo(remaining) < 0 ? delay : remaining;
            scheduler.after(wait).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    readNow();
                }
            });
        }
    }
}
