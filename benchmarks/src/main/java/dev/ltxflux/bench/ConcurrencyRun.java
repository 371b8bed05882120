package dev.ltxflux.bench;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.JobStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * 1,000 jobs awaited at once through {@code awaitAsync} on a fixed pool of 4 threads, against the in-process mock:
 * wall time, peak threads, status reads per job (vs what the backoff schedule implies) and heap.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.ConcurrencyRun [jobs] [jobSeconds]}.
 */
public final class ConcurrencyRun {

    private ConcurrencyRun() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Duration jobDuration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 5);
        int accounts = (jobs + 99) / 100;
        List<String> emails = IntStream.range(0, accounts).mapToObj(i -> "user" + i + "@example.com").toList();
        Backoff backoff = new Backoff(Duration.ofMillis(500), 1.5, Duration.ofSeconds(2));
        LtxMockServer mock = new LtxMockServer(MockConfig.builder().port(0).jobDuration(jobDuration).accounts(emails)
                .maxJobs(100).completedWithoutArtifact(false).requestJournal(true).build()).start();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LtxClient client = LtxClient.builder().baseUrl(mock.baseUrl()).token(mock.token()).executor(pool)
                .polling(backoff).build()) {
            List<JobId> ids = new ArrayList<>();
            for (int i = 0; i < jobs; i++) {
                ids.add(client.submit(EditRequest.builder().email(emails.get(i % accounts)).prompt("p" + i)
                        .referenceAssetId(JobStore.EXAMPLE_ASSET_ID).build()).jobId());
            }
            HttpClient http = HttpClient.newHttpClient();
            http.send(HttpRequest.newBuilder(URI.create(mock.origin() + "/__admin/requests")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            threads.resetPeakThreadCount();
            int threadsBefore = threads.getThreadCount();
            long start = System.nanoTime();
            List<CompletableFuture<Job>> waits = ids.stream()
                    .map(id -> client.awaitAsync(id, AwaitOptions.timeout(Duration.ofMinutes(5)))).toList();
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            long wallMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long done = waits.stream().filter(w -> w.join().isDone()).count();
            String journal = http.send(HttpRequest.newBuilder(URI.create(mock.origin() + "/__admin/requests")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            long reads = 0;
            for (com.fasterxml.jackson.databind.JsonNode event : new com.fasterxml.jackson.databind.ObjectMapper().readTree(journal).get("requests")) {
                if ("GET".equals(event.at("/request/method").asText())) {
                    reads++;
                }
            }
            System.gc();
            long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            long scheduled = 1;
            long elapsed = 0;
            for (int attempt = 0; elapsed < jobDuration.toMillis(); attempt++) {
                elapsed += backoff.delay(attempt).toMillis();
                scheduled++;
            }
            System.out.printf("jobs=%d done=%d wall=%d ms (job duration %d ms)%n", jobs, done, wallMs, jobDuration.toMillis());
            System.out.printf("threads: before=%d peak=%d (await pool 4)%n", threadsBefore, threads.getPeakThreadCount());
            System.out.printf("status reads=%d, per job=%.2f, backoff schedule implies <= %d per job%n", reads, reads / (double) jobs, scheduled);
            System.out.printf("heap after GC=%d MB%n", heapMb);
        } finally {
            pool.shutdownNow();
            mock.stop();
        }
    }
}
