package dev.ltxflux.bench;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.service.AwaitJobService;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.service.DownloadService;
import dev.ltxflux.journal.jdbc.FleetOptions;
import dev.ltxflux.journal.jdbc.JdbcJobFleet;
import dev.ltxflux.journal.jdbc.JdbcJobJournal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 1,000 pending jobs awaited at once by three fleet replicas (db-scheduler, one PostgreSQL): every job is done 2 s
 * after its first status read (reads every 250 ms); measured: the time until all 1,000 are finished, how the waits
 * spread over the replicas, and that each job was handed over and downloaded exactly once.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.FleetWaitsRun [jobs] [threadsPerReplica]}
 */
public final class FleetWaitsRun {

    private FleetWaitsRun() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 340;
        Path out = Files.createTempDirectory("ltxflux-fleet-bench");
        Map<JobId, Long> firstRead = new ConcurrentHashMap<>();
        Map<JobId, AtomicInteger> downloads = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> handedBy = new ConcurrentHashMap<>();
        Map<IntentKey, AtomicInteger> handed = new ConcurrentHashMap<>();
        ReadJobPort reader = id -> {
            long first = firstRead.computeIfAbsent(id, k -> System.nanoTime());
            if (System.nanoTime() - first >= 2_000_000_000L) {
                return Job.builder(id, JobStatus.COMPLETED).progress(100).artifact(Artifact.of(
                        URI.create("https://assets.example.com/x.png"), null, "asset:x-type:image/png", "image/png",
                        "artifact", "vertex-ai")).build();
            }
            return Job.builder(id, JobStatus.ACTIVE).progress(50).build();
        };
        DownloadArtifactPort downloader = (jobId, artifact, target) -> {
            downloads.computeIfAbsent(jobId, k -> new AtomicInteger()).incrementAndGet();
            return target;
        };
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start()) {
            var ds = pg.getPostgresDatabase();
            JdbcJobJournal journal = JdbcJobJournal.create(ds);
            Instant now = Instant.now();
            for (int i = 0; i < jobs; i++) {
                JournalRecord intent = JournalRecord.intent(JournalScalingRun.key(i), "edit", null, "ab", now, "x",
                        out.resolve(i + ".png").toString());
                journal.recordIntent(intent);
                journal.transition(JobState.INTENT, intent.attached(JournalScalingRun.job(i), now, "answered"));
            }
            List<JdbcJobFleet> fleet = new ArrayList<>();
            List<ExecutorService> pools = new ArrayList<>();
            long t0 = System.nanoTime();
            for (String name : List.of("r1", "r2", "r3")) {
                ExecutorService reads = Executors.newFixedThreadPool(8, r -> {
                    Thread t = new Thread(r, "fleet-bench-read-" + name);
                    t.setDaemon(true); // a pool left running must not keep the JVM alive after the result is printed
                    return t;
                });
                pools.add(reads);
                AwaitJobService awaiter = new AwaitJobService(reader, Clock.systemUTC(),
                        d -> CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(d.toMillis(), TimeUnit.MILLISECONDS)),
                        reads, new Backoff(Duration.ofMillis(250), 1.0, Duration.ofMillis(250)));
                FleetOptions options = new FleetOptions(name, Duration.ofSeconds(2), 4, Duration.ofMillis(200),
                        Duration.ofMinutes(10), threads, AwaitOptions.timeout(Duration.ofMinutes(5)), Duration.ofSeconds(1),
                        out, Clock.systemUTC());
                fleet.add(JdbcJobFleet.start(ds, journal, awaiter, new DownloadService(reader, downloader, Clock.systemUTC()),
                        null, f -> {
                            handed.computeIfAbsent(f.record().key(), k -> new AtomicInteger()).incrementAndGet();
                            handedBy.computeIfAbsent(Thread.currentThread().getName().replaceAll("-thread-\\d+$", ""),
                                    k -> new AtomicInteger()).incrementAndGet();
                        }, options));
            }
            for (int i = 0; i < jobs; i++) {
                fleet.get(i % 3).track(JournalScalingRun.key(i));
            }
            while (!journal.unfinished().isEmpty()) {
                Thread.sleep(100);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            long twice = handed.values().stream().filter(c -> c.get() != 1).count();
            long downloadedTwice = downloads.values().stream().filter(c -> c.get() != 1).count();
            System.out.printf("%d jobs, 3 replicas x %d threads: all finished in %.1f s (each job takes 2 s); handed over: %d"
                    + " jobs, %d not exactly once; downloads not exactly once: %d; by pool: %s%n", jobs, threads, s,
                    handed.size(), twice, downloadedTwice, handedBy);
            fleet.forEach(JdbcJobFleet::close);
            pools.forEach(ExecutorService::shutdownNow);
        }
        System.out.flush();
    }
}
