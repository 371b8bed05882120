package dev.ltxflux.core.model.journal;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import java.util.Objects;

/**
 * A paid call that the API answered: the {@link Submission} and the journal's {@link JobState#PENDING} record of it.
 *
 * @param submission what the submit answered
 * @param record     the journaled record (its key is the {@code replyRef} the call carried)
 */
public record PaidSubmission(Submission submission, JournalRecord record) {
    public PaidSubmission {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(record, "record");
    }

    /** The intent's key, which the call carried as its {@code replyRef}. */
    public IntentKey key() {
        return record.key();
    }

    /** The job the API created. */
    public JobId jobId() {
        return submission.jobId();
    }
}
