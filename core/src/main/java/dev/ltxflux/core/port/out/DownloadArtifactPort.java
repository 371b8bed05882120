package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.JobId;
import java.nio.file.Path;

/**
 * Outgoing port: downloads a job's artifact to a file. Idempotent. The target appears only when complete (no partial
 * file); an expired link raises {@code ArtifactExpiredException}.
 */
public interface DownloadArtifactPort {

    /** Writes the artifact to {@code target} and returns it. */
    Path download(JobId jobId, Artifact artifact, Path target);
}
