package dev.ltxflux.core.service;

import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.RateLimitedException;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.ClientEventsPort.AwaitObservation;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One wait of {@link AwaitJobService}: its deadline, its attempt counters, and the future the caller holds. It tells
 * its owner once that it ended ({@code onEnd}) and asks it whether the service was closed meanwhile.
 */
final class JobPoll {

    /** What every wait of one service shares. */
    record Parts(ReadJobPort reader, Clock clock, Delays delays, Executor executor, Backoff backoff,
            ClientEventsPort events) {
    }

    final CompletableFuture<Job> result = new CompletableFuture<>();
    final JobId id;
    final AwaitOptions options;
    final Instant started;
    final Instant deadline;
    int attempt;
    int consecutiveErrors;
    volatile Job lastSeen;
    volatile CompletableFuture<Job> inFlight;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile AwaitObservation observation = AwaitObservation.NONE;
    /** The deadline's timer and the pause before the next read: cancelled once the wait has ended. */
    volatile CompletableFuture<Void> deadlineTimer;
    volatile CompletableFuture<Void> pause;

    private final ReadJobPort reader;
    private final Clock clock;
    private final Delays delays;
    private final Executor executor;
    private final Backoff backoff;
    private final ClientEventsPort events;
    private final Consumer<JobPoll> onEnd;
    private final BooleanSupplier closed;

    JobPoll(Parts parts, JobId id, AwaitOptions options, Instant started, Consumer<JobPoll> onEnd,
            BooleanSupplier closed) {
        this.reader = parts.reader();
        this.clock = parts.clock();
        this.delays = parts.delays();
        this.executor = parts.executor();
        this.backoff = parts.backoff();
        this.events = parts.events();
        this.onEnd = onEnd;
        this.closed = closed;
        this.id = id;
        this.options = options;
        this.started = started;
        this.deadline = started.plus(options.timeout());
    }

    void start() {
        observation = events.awaitStarted(id);
        // a caller's cancel ends it too; an end from inside (done, failed, timed out) is settled before the caller wakes
        result.whenComplete((job, error) -> end(error));
        readNow();
        if (!result.isDone()) {
            armDeadline();
        }
    }

    /** Ends the wait at its deadline even if a read is still running then. */
    private void armDeadline() {
        try {
            deadlineTimer = delays.after(options.timeout());
            if (result.isDone()) {
                cancel(deadlineTimer);
            }
            deadlineTimer.whenComplete((ignored, failure) -> {
                if (ended.get()) {
                    return; // cancelled by the wait's end
                }
                Instant now = clock.instant();
                if (!result.isDone() && !now.isBefore(deadline)) {
                    fail(new WaitTimedOutException(id, Duration.between(started, now), lastSeen));
                }
            });
        } catch (Throwable t) {
            fail(t);
        }
    }

    void fail(Throwable error) {
        if (!result.isDone() && !ended.get()) {
            end(error);
            result.completeExceptionally(error);
        }
    }

    /**
     * Once: forgets the wait, cancels its read and timers and reports its outcome; run before the result is
     * completed, so that a caller woken by it finds the outcome already reported.
     */
    private void end(Throwable error) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        onEnd.accept(this);
        CompletableFuture<Job> read = inFlight;
        if (read != null) {
            read.cancel(true);
        }
        cancel(deadlineTimer);
        cancel(pause);
        observation.ended(AwaitOutcomes.outcomeOf(error));
    }

    /** Frees a timer the ended wait no longer needs (a virtual clock would otherwise still move to it). */
    private void cancel(CompletableFuture<Void> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    void readNow() {
        if (result.isDone()) {
            return;
        }
        try {
            CompletableFuture<Job> read = CompletableFuture.supplyAsync(() -> reader.read(id), executor);
            inFlight = read;
            read.whenComplete(this::onRead);
        } catch (Throwable t) {
            fail(closed.getAsBoolean() ? new ClientClosedException(id) : t);
        }
    }

    void onRead(Job job, Throwable error) {
        if (result.isDone() || ended.get()) {
            return;
        }
        try {
            if (error != null) {
                onError(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else {
                onJob(job);
            }
        } catch (Throwable t) {
            fail(t);
        }
    }

    private void onJob(Job job) {
        consecutiveErrors = 0;
        lastSeen = job;
        options.listener().onUpdate(job);
        if (job.isDone()) {
            events.jobFinished(job);
            end(null);
            result.complete(job);
        } else if (job.isFailed()) {
            events.jobFinished(job);
            fail(new JobFailedException(job));
        } else {
            next(backoff.delay(attempt++));
        }
    }

    private void onError(Throwable error) {
        boolean tolerable = error instanceof LtxException ltx && ltx.isTransient();
        if (!tolerable || ++consecutiveErrors > AwaitJobService.MAX_CONSECUTIVE_ERRORS) {
            fail(error);
            return;
        }
        Duration delay = backoff.delay(attempt++);
        if (error instanceof RateLimitedException limited && limited.retryAfter().isPresent()
                && limited.retryAfter().get().compareTo(delay) > 0) {
            delay = limited.retryAfter().get();
        }
        Duration wait = capped(delay);
        if (wait != null) {
            events.retrying("status", consecutiveErrors, wait);
        }
        next(delay);
    }

    /** {@code delay} cut to what is left before the deadline; null when nothing is left. */
    private Duration capped(Duration delay) {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            return null;
        }
        return delay.compareTo(remaining) < 0 ? delay : remaining;
    }

    private void next(Duration delay) {
        Duration wait = capped(delay);
        if (wait == null) {
            Instant now = clock.instant();
            fail(new WaitTimedOutException(id, Duration.between(started, now), lastSeen));
            return;
        }
        CompletableFuture<Void> timer = delays.after(wait);
        pause = timer;
        if (result.isDone()) {
            cancel(timer);
        }
        timer.whenComplete((ignored, failure) -> {
            if (ended.get()) {
                return; // cancelled by the wait's end
            }
            if (failure != null) {
                fail(failure);
            } else {
                readNow();
            }
        });
    }
}
