package dev.ltxflux.core.model.job;

import java.time.Instant;
import java.util.Objects;

/**
 * A submitted job as the journal remembers it: enough to find the job again after a crash.
 *
 * @param jobId       the job
 * @param submittedAt when the submit was answered
 * @param label       a short human label (for example the prompt's start); may be empty
 */
public record JournalEntry(JobId jobId, Instant submittedAt, String label) {
    public JournalEntry {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(submittedAt, "submittedAt");
        label = label == null ? "" : label;
    }
}
