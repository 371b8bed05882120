package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.job.Job;
import java.nio.file.Path;

/** Incoming port: saves a done job's image. Free of charge and idempotent: it may be repeated after any failure. */
public interface DownloadArtifactUseCase {

    /** Downloads a done job's image to {@code target}; an expired link is refreshed by re-reading the job, once. */
    Path download(Job job, Path target);
}
