package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.service.AwaitJobService;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.service.Delays;
import dev.ltxflux.core.service.DownloadService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in of the API's free calls for the fleet tests (status reads, downloads), counting each per job: a job is done
 * at its {@code readsUntilDone}-th read while {@link #completing} is on. Fleet replicas never submit, so no submit port.
 */
final class FleetApi implements ReadJobPort, DownloadArtifactPort {

    final AtomicBoolean completing = new AtomicBoolean(true);
    final Map<JobId, AtomicInteger> reads = new ConcurrentHashMap<>();
    final Map<JobId, AtomicInteger> downloads = new ConcurrentHashMap<>();
    private final int readsUntilDone;

    FleetApi(int readsUntilDone) {
        this.readsUntilDone = readsUntilDone;
    }

    @Override
    public Job read(JobId id) {
        int n = reads.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (completing.get() && n >= readsUntilDone) {
            return Job.builder(id, JobStatus.COMPLETED).progress(100).artifact(Artifact.of(
                    URI.create("https://assets.example.com/" + Math.abs(id.hashCode()) + ".png"), null,
                    "asset:x-type:image/png", "image/png", "artifact", "vertex-ai")).build();
        }
        return Job.builder(id, JobStatus.ACTIVE).progress(10).build();
    }

    @Override
    public Path download(JobId jobId, Artifact artifact, Path target) {
        downloads.computeIfAbsent(jobId, k -> new AtomicInteger()).incrementAndGet();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, jobId.value().getBytes(StandardCharsets.UTF_8));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Real-time waits (short: the backoff is 20 ms). */
    static Delays realDelays() {
        return d -> CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(d.toMillis(), TimeUnit.MILLISECONDS));
    }

    AwaitJobService awaiter() {
        return new AwaitJobService(this, Clock.systemUTC(), realDelays(), Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fleet-read");
            t.setDaemon(true);
            return t;
        }), new Backoff(Duration.ofMillis(20), 1.0, Duration.ofMillis(20)));
    }

    DownloadService downloads() {
        return new DownloadService(this, this, Clock.systemUTC());
    }
}
