package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.Submission;
import java.util.Optional;

/**
 * The job journal could not record a job. When this follows a successful submit, the job exists (and is paid for):
 * {@link #submission()} and {@link #jobId()} carry it so that the caller can still wait for it and download it.
 */
public final class JournalWriteException extends LtxException {

    private final transient Submission submission;

    /** The journal failed on its own (no submission known at that level). */
    public JournalWriteException(String message, dev.ltxflux.core.model.job.JobId jobId, Throwable cause) {
        super(message, jobId, cause);
        this.submission = null;
    }

    /** A submit went through but its job could not be journaled. */
    public JournalWriteException(Submission submission, Throwable cause) {
        super("the job was submitted but could not be journaled (" + describe(cause) + "); keep its id to wait for it",
                submission.jobId(), cause);
        this.submission = submission;
    }

    /** The submission that went through, when this error followed one. */
    public Optional<Submission> submission() {
        return Optional.ofNullable(submission);
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown cause";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
