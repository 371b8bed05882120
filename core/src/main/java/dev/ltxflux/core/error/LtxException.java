package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;
import java.util.Optional;

/**
 * Root of every error ltxflux raises. Unchecked; each subtype says what the caller can do next.
 *
 * <p>Messages never contain the API token, and text that came from the server is escaped ({@link SafeText}) so that a
 * message is always safe to print.
 */
public abstract class LtxException extends RuntimeException {

    private final JobId jobId;

    protected LtxException(String message, JobId jobId, Throwable cause) {
        super(message, cause);
        this.jobId = jobId;
    }

    /** The job this error concerns, when it concerns one. */
    public Optional<JobId> jobId() {
        return Optional.ofNullable(jobId);
    }

    /** Whether the same call may succeed if repeated later (it never says a submit may be re-sent). */
    public boolean isTransient() {
        return false;
    }

    @Override
    public String getMessage() {
        String base = super.getMessage();
        return SafeText.escape(jobId == null ? base : base + " [jobId=" + jobId.value() + "]");
    }
}
