package dev.ltxflux.core.service;

import dev.ltxflux.core.error.ArtifactExpiredException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.DownloadArtifactUseCase;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/** Saves a done job's image, re-reading the job once for a fresh link when the one it has expired. */
public final class DownloadService implements DownloadArtifactUseCase {

    private final ReadJobPort reader;
    private final DownloadArtifactPort downloader;
    private final Clock clock;

    public DownloadService(ReadJobPort reader, DownloadArtifactPort downloader, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Path download(Job job, Path target) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(target, "target");
        if (!job.isDone()) {
            throw new InvalidRequestException("job", "must be done (completed with an asset URL) before downloading");
        }
        JobId id = job.id();
        Artifact artifact = job.artifact().orElseThrow();
        if (artifact.isExpiredAt(clock.instant())) {
            artifact = fresh(id);
        }
        try {
            return downloader.download(id, artifact, target);
        } catch (ArtifactExpiredException expired) {
            return downloader.download(id, fresh(id), target);
        }
    }

    private Artifact fresh(JobId id) {
        Job reread = reader.read(id);
        return reread.artifact().filter(a -> a.assetUrl().isPresent())
                .orElseThrow(() -> new ArtifactExpiredException("the job no longer offers a download link", id));
    }
}
