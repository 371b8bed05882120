package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Incoming port: finds the job of each paid call whose submit ended without an answer ({@code unknown}, or an
 * {@code intent} older than the service's grace, whose process died mid-submit). Nothing is ever re-sent: a sure match
 * attaches the job id (the record becomes {@code pending} and its wait can resume); anything else leaves it
 * {@code unknown} with the candidates named, for {@link SettleJobUseCase} to settle by hand.
 */
public interface ReconcileJobsUseCase {

    /** Reconciles every unknown and every stale intent, oldest first. */
    List<Reconciliation> reconcile();

    /** What became of one intent. */
    enum Result {
        /** A sure match: the job id is attached, the record is pending. */
        ATTACHED,
        /** No sure match: still unknown; {@link Reconciliation#candidates()} lists what might be it. */
        STILL_UNKNOWN,
        /** Another process settled it meanwhile (compare-and-set lost); nothing changed here. */
        SETTLED_ELSEWHERE
    }

    /**
     * @param key        the intent
     * @param result     what happened
     * @param jobId      the attached job, or null
     * @param candidates jobs that might be this intent's (not journaled under another key), newest first
     * @param message    one line for a person: how the match was found, or why none was sure
     */
    record Reconciliation(IntentKey key, Result result, JobId jobId, List<JobId> candidates, String message) {
        public Reconciliation {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(result, "result");
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(message, "message");
        }

        public Optional<JobId> job() {
            return Optional.ofNullable(jobId);
        }
    }
}
