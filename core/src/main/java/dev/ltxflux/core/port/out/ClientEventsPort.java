package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import java.time.Duration;

/**
 * Outgoing port: hears what the client did, for metrics and tracing (the Spring Boot starter backs it with Micrometer).
 * Every method has a no-op default. Implementations must be fast and thread-safe; anything they throw is caught and
 * ignored by the caller, so an observer can never change a call's outcome.
 *
 * <p>Operation names (given by the client adapter, one per kind of call): {@code submit} (an edit), {@code create},
 * {@code upscale}, {@code status}, {@code upload}, {@code download}, {@code assets}, {@code scheduler},
 * {@code scheduler/available}, {@code scheduler stop}, {@code accounts}, {@code account}, {@code account setup},
 * {@code account remove}. Outcome names: {@code success}, or the simple class name of the exception that ended the
 * call (e.g. {@code RateLimitedException}).
 */
public interface ClientEventsPort {

    /** The observer that hears nothing. */
    ClientEventsPort NONE = new ClientEventsPort() {
    };

    /** One call ({@code operation}) ended with {@code outcome} after {@code took}, retries included. */
    default void callEnded(String operation, String outcome, Duration took) {
    }

    /** {@code operation} failed on attempt {@code attempt} and will be tried again after {@code delay}. */
    default void retrying(String operation, int attempt, Duration delay) {
    }

    /** An await of {@code id} starts; the returned handle hears how it ended. */
    default AwaitObservation awaitStarted(JobId id) {
        return AwaitObservation.NONE;
    }

    /** A job reached its final status (done, or failed) while being awaited. */
    default void jobFinished(Job job) {
    }

    /** One await, from start to end. */
    interface AwaitObservation {

        /** The observation that records nothing. */
        AwaitObservation NONE = outcome -> {
        };

        /**
         * The await ended: {@code completed}, {@code failed}, {@code timed_out}, {@code cancelled}, or {@code error}.
         */
        void ended(String outcome);
    }
}
