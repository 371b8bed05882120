package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** Incoming port: waits until a job is done (completed with an asset URL), failed, or the deadline passes. */
public interface AwaitJobUseCase {

    /**
     * Blocks until done. Raises {@code JobFailedException}, {@code WaitTimedOutException} (with the job id), or
     * {@code AwaitCancelledException} when the thread is interrupted.
     */
    Job await(JobId id, AwaitOptions options);

    /** The same without holding a thread while waiting; cancelling the future stops the polling. */
    CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options);

    /** Called with each job read while waiting (progress). */
    @FunctionalInterface
    interface ProgressListener {
        void onUpdate(Job job);

        static ProgressListener none() {
            return job -> { };
        }
    }

    /**
     * How to wait.
     *
     * @param timeout  the overall deadline, from the start of the wait
     * @param listener told of every read
     */
    record AwaitOptions(Duration timeout, ProgressListener listener) {

        /** Ten minutes: far beyond a typical edit (tens of seconds), short enough to notice a stuck job. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

        public AwaitOptions {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(listener, "listener");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new dev.ltxflux.core.error.InvalidRequestException("timeout", "must be positive (was " + timeout + ")");
            }
        }

        public static AwaitOptions defaults() {
            return new AwaitOptions(DEFAULT_TIMEOUT, ProgressListener.none());
        }

        public static AwaitOptions timeout(Duration timeout) {
            return new AwaitOptions(timeout, ProgressListener.none());
        }

        public AwaitOptions withListener(ProgressListener listener) {
            return new AwaitOptions(timeout, listener);
        }
    }
}
