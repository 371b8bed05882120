package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.error.AwaitCancelledException;
import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

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

    private final Clock clock;
    private final JobPoll.Parts parts;
    private final Set<JobPoll> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public AwaitJobService(ReadJobPort reader, Clock clock, Delays delays, Executor executor, Backoff backoff) {
        this(reader, clock, delays, executor, backoff, ClientEventsPort.NONE);
    }

    /** As above, telling {@code events} of every wait, every pause after a failed read and every final job. */
    public AwaitJobService(ReadJobPort reader, Clock clock, Delays delays, Executor executor, Backoff backoff,
            ClientEventsPort events) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parts = new JobPoll.Parts(Objects.requireNonNull(reader, "reader"), clock,
                Objects.requireNonNull(delays, "delays"), Objects.requireNonNull(executor, "executor"),
                Objects.requireNonNull(backoff, "backoff"), GuardedEvents.of(events));
    }

    @Override
    public Job await(JobId id, AwaitOptions options) {
        CompletableFuture<Job> future = awaitAsync(id, options);
        try {
            // the deadline is the injected Delays's (see JobPoll): no second, real-time clock here
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
        JobPoll poll = new JobPoll(parts, id, options, clock.instant(), pending::remove, () -> closed);
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
        for (JobPoll poll : List.copyOf(pending)) {
            poll.fail(new ClientClosedException(poll.id));
        }
    }
}
