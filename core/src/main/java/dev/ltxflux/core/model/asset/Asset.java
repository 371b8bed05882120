package dev.ltxflux.core.model.asset;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.JobId;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of {@code GET assets/}: its id (for a job's artifact, the uuid inside the job id), the job that made it
 * (absent for uploads), the signed asset and its large thumbnail (absent for some kinds).
 *
 * @param id        the item id
 * @param jobId     the job that made it, or null
 * @param signed    the signed asset (link, expiry, file id, MIME type)
 * @param thumbnail the large thumbnail, or null
 */
public record Asset(String id, JobId jobId, Artifact signed, Artifact thumbnail) {

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signed, "signed");
    }

    public Optional<JobId> job() {
        return Optional.ofNullable(jobId);
    }

    public Optional<Artifact> largeThumbnail() {
        return Optional.ofNullable(thumbnail);
    }
}
