package dev.ltxflux.core.service;

import dev.ltxflux.core.error.AwaitCancelledException;
import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.WaitTimedOutException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/** How an await ended, as its callers and observers see it: the error to rethrow and the outcome to report. */
final class AwaitOutcomes {

    private AwaitOutcomes() {
    }

    /** The cause a blocking {@code await} throws (unwrapped from the future's {@link CompletionException}). */
    static RuntimeException rethrow(Throwable cause) {
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

    /** The outcome an observer hears: completed, failed, timed_out, cancelled or error. */
    static String outcomeOf(Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e == null) {
            return "completed";
        }
        if (e instanceof JobFailedException) {
            return "failed";
        }
        if (e instanceof WaitTimedOutException) {
            return "timed_out";
        }
        if (e instanceof CancellationException || e instanceof AwaitCancelledException || e instanceof ClientClosedException) {
            return "cancelled";
        }
        return "error";
    }
}
