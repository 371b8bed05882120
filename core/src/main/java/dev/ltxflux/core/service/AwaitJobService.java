package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.error.AwaitCancelledException;
import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.RateLimitedException;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.ClientEventsPort.AwaitObservation;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls a job until it is done, failed or out of time. Reads run on the given executor; the waits between them hold no
 * thread. A transient read error (429, 5xx, transport) is waited through, up to {@link #MAX_CONSECUTIVE_ERRORS} in a
 * row: this is the only retry layer of a wait (the reader must not retry on its own), and every pause, a server's
 * {@code Retry-After} included, ends at the wait's deadline.
 *
 * <p>Every wait ends: at its deadline even while a read hangs, when {@link #close()} is called, and when anything at all
 * (an {@link Error} included) is thrown by a read, a listener or the delays.
 */
public final class AwaitJobService implements AwaitJobUseCase, AutoCloseable {

    /** Transient read failures tolerated in a row before the wait gives up with the last one. */
    public static final int MAX_CONSECUTIVE_ERRORS = 5;

    private final ReadJobPort reader;
    private final Clock clock;
    private final Delays delays;
    private final Executor executor;
    private final Backoff backoff;
    private final ClientEventsPort events;
    private final Set<Poll> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public AwaitJobService(ReadJobPort reader, Clock clock, Delays delays, Executor executor, Backoff backoff) {
        this(reader, clock, delays, executor, backoff, ClientEventsPort.NONE);
    }

    /** As above, telling {@code events} of every wait, every pause after a failed read and every final job. */
    public AwaitJobService(ReadJobPort reader, Clock clock, Delays delays, Executor executor, Backoff backoff,
            ClientEventsPort events) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.events = GuardedEvents.of(events);
    }

    @Override
    public Job await(JobId id, AwaitOptions options) {
        CompletableFuture<Job> future = awaitAsync(id, options);
        try {
            // the deadline is the injected Delays's (see Poll): no second, real-time clock here
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new AwaitCancelledException(id);
        } catch (CancellationException e) {
            throw new AwaitCancelledException(id);
        } catch (ExecutionException e) {
            throw AwaitOutcomes.rethrow(e.getCause());
        }
    }

    @Override
    public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(options, "options");
        if (closed) {
            return CompletableFuture.failedFuture(new ClientClosedException(id));
        }
        Poll poll = new Poll(id, options, clock.instant());
        pending.add(poll);
        poll.start();
        if (closed) {
            poll.fail(new ClientClosedException(id));
        }
        return poll.result;
    }

    /** Ends every pending wait with a {@link ClientClosedException}; later waits fail at once the same way. */
    @Override
    public void close() {
        closed = true;
        for (Poll poll : List.copyOf(pending)) {
            poll.fail(new ClientClosedException(poll.id));
        }
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
        volatile Job lastSeen;
        volatile CompletableFuture<Job> inFlight;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile AwaitObservation observation = AwaitObservation.NONE;
        /** The deadline's timer and the pause before the next read: cancelled once the wait has ended. */
        volatile CompletableFuture<Void> deadlineTimer;
        volatile CompletableFuture<Void> pause;

        Poll(JobId id, AwaitOptions options, Instant started) {
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
            pending.remove(this);
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
                fail(closed ? new ClientClosedException(id) : t);
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
            if (!tolerable || ++consecutiveErrors > MAX_CONSECUTIVE_ERRORS) {
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
}
