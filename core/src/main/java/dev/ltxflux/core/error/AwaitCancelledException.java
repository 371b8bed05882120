package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;

/** The caller cancelled (or interrupted) a wait. The job itself goes on. */
public final class AwaitCancelledException extends LtxException {

    public AwaitCancelledException(JobId jobId) {
        super("waiting was cancelled; the job goes on", jobId, null);
    }
}
