package dev.ltxflux.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.state.RequestLog;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.RequestView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three replicas of a service sharing one PostgreSQL, each with its own real {@link LtxClient} talking HTTP to the real
 * mock: they submit jobs concurrently (journaled in the shared database), hand each wait to the fleet, and every job is
 * awaited to the end, downloaded and handed to the handler once. "Never sent twice" is judged from the mock's own
 * request log: one submit POST per replyRef (the intent key), one artifact download per job.
 */
class FleetAgainstMockTest {

    private static final int JOBS = 15;

    @RegisterExtension
    LtxMockExtension ltx = LtxMockExtension.with(b -> b.maxJobs(JOBS * 2));

    @TempDir
    Path dir;

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final Map<IntentKey, AtomicInteger> handed = new ConcurrentHashMap<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private JdbcJobFleet replica(String name, LtxClient client, DataSource ds) {
        AwaitJobUseCase awaiter = new AwaitJobUseCase() {
            @Override
            public Job await(JobId id, AwaitOptions options) {
                return client.await(id, options);
            }

            @Override
            public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
                return client.awaitAsync(id, options);
            }
        };
        // takeover is not the subject here (JdbcJobFleetTest kills a replica): a 1 s heartbeat keeps db-scheduler from
        // taking a starved machine's late heartbeats for deaths all the time; the handover holds even when it does
        FleetOptions options = new FleetOptions(name, Duration.ofSeconds(1), 4, Duration.ofMillis(100),
                Duration.ofMillis(300), 8, AwaitOptions.timeout(Duration.ofSeconds(30)), Duration.ofMillis(200),
                dir.resolve("out"), Clock.systemUTC());
        JdbcJobFleet fleet = JdbcJobFleet.start(ds, JdbcJobJournal.create(ds), awaiter, client::download, null,
                f -> handed.computeIfAbsent(f.record().key(), k -> new AtomicInteger()).incrementAndGet(), options);
        opened.add(fleet);
        return fleet;
    }

    @Test
    void threeReplicasOnTheRealMockSubmitEachJobOnceAndHandEachFinishedJobOverOnce() throws Exception {
        DataSource ds = Postgres.dataSource(Postgres.freshDatabase());
        JdbcJobJournal journal = JdbcJobJournal.create(ds);
        String asset = ltx.admin().uploads().get(0).fileId();
        List<JdbcJobFleet> fleet = new ArrayList<>();
        List<LtxClient> clients = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            LtxClient client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).journal(journal)
                    .polling(new Backoff(Duration.ofMillis(50), 1.5, Duration.ofMillis(150))).build();
            opened.add(client);
            clients.add(client);
            fleet.add(replica(name, client, ds));
        }

        ExecutorService submitters = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                int n = i;
                sent.add(submitters.submit(() -> {
                    IntentKey key = new IntentKey("fleet-" + n);
                    clients.get(n % 3).images().submitEdit(EditRequest.builder().prompt("Add a hat " + n)
                            .referenceAssetId(asset).replyRef(key.value()).build());
                    fleet.get(n % 3).track(key);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            submitters.shutdownNow();
        }

        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!journal.unfinished().isEmpty()) {
            assertThat(System.nanoTime()).as("every job finished within 30 s").isLessThan(end);
            Thread.sleep(20);
        }

        List<RequestView> log = ltx.admin().requests();
        assertThat(log).as("the mock's request log still holds every request (else it cannot judge)")
                .hasSizeLessThan(RequestLog.CAPACITY);
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> submitsPerReplyRef = new java.util.TreeMap<>();
        for (RequestView r : log) {
            if (SubmitCrashAgainstMockTest.isSubmit(r)) {
                JsonNode body = json.readTree(r.body());
                submitsPerReplyRef.merge(body.path("replyRef").asText("(none)"), 1L, Long::sum);
            }
        }
        assertThat(submitsPerReplyRef).as("submit POSTs per replyRef, from the mock's log").hasSize(JOBS)
                .allSatisfy((ref, count) -> assertThat(count).as(ref).isEqualTo(1L));
        List<JobView> jobs = ltx.admin().jobs();
        assertThat(jobs).hasSize(JOBS);
        Map<String, Long> downloadsPerJob = log.stream()
                .filter(r -> r.method().equals("GET") && r.url().contains("/artifacts/") && r.status() == 200)
                .collect(Collectors.groupingBy(r -> String.valueOf(r.jobUuid()), Collectors.counting()));
        assertThat(downloadsPerJob).as("artifact downloads per job, from the mock's log").hasSize(JOBS)
                .allSatisfy((job, count) -> assertThat(count).as(job).isEqualTo(1L));

        assertThat(handed).hasSize(JOBS).allSatisfy((key, count) -> assertThat(count.get()).as(key.value()).isEqualTo(1));
        for (JobView made : jobs) {
            var record = journal.find(new IntentKey(made.replyRef())).orElseThrow();
            assertThat(record.state()).isEqualTo(JobState.FINISHED);
            assertThat(record.jobId()).contains(new JobId(made.jobId()));
            assertThat(Files.size(dir.resolve("out").resolve(made.replyRef() + ".png"))).isPositive();
        }
    }
}
