package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;

/** The client was closed: pending waits end with this error and new calls are refused. The job itself goes on. */
public final class ClientClosedException extends LtxException {

    public ClientClosedException(JobId jobId) {
        super(jobId == null ? "the client is closed" : "the client was closed while waiting; the job goes on", jobId, null);
    }
}
