package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.Job;

/** The job ended in {@code failed}; the job (with the API's message) is attached. */
public final class JobFailedException extends LtxException {

    private final transient Job job;

    public JobFailedException(Job job) {
        super("job failed: " + job.message().orElse("(no message)"), job.id(), null);
        this.job = job;
    }

    /** The failed job as last read. */
    public Job job() {
        return job;
    }
}
