package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;

/** The artifact's signed URL has expired (or the asset host refused it); re-read the job for a fresh URL. */
public final class ArtifactExpiredException extends LtxException {

    public ArtifactExpiredException(String message, JobId jobId) {
        super(message, jobId, null);
    }
}
