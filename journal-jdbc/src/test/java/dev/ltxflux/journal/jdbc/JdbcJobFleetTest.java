package dev.ltxflux.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas sharing one PostgreSQL, over a stand-in of the free calls: waits surviving a restart, and a replica killed
 * with {@code kill -9} (a JVM of its own) losing its waits to a survivor within the heartbeat bound. Three replicas on
 * the real mock, judged from its request log: {@link FleetAgainstMockTest}.
 */
class JdbcJobFleetTest {

    private static final Duration HEARTBEAT = Duration.ofMillis(200);

    @TempDir
    Path dir;

    private DataSource dataSource;
    private JdbcJobJournal journal;
    private String database;
    private final List<JdbcJobFleet> replicas = new ArrayList<>();
    private final Map<IntentKey, AtomicInteger> handed = new ConcurrentHashMap<>();

    @BeforeEach
    void setUp() {
        database = Postgres.freshDatabase();
        dataSource = Postgres.dataSource(database);
        journal = JdbcJobJournal.create(dataSource);
    }

    @AfterEach
    void stopReplicas() {
        replicas.forEach(JdbcJobFleet::close);
    }

    private JdbcJobFleet replica(String name, FleetApi api) {
        FleetOptions options = new FleetOptions(name, HEARTBEAT, 4, Duration.ofMillis(100), Duration.ofMillis(300), 8,
                AwaitOptions.timeout(Duration.ofSeconds(30)), Duration.ofMillis(200), dir, Clock.systemUTC());
        JdbcJobFleet fleet = JdbcJobFleet.start(dataSource, journal, api.awaiter(), api.downloads(), null,
                f -> handed.computeIfAbsent(f.record().key(), k -> new AtomicInteger()).incrementAndGet(), options);
        replicas.add(fleet);
        return fleet;
    }

    private List<JournalRecord> pending(int n) {
        List<JournalRecord> made = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            IntentKey key = new IntentKey("ltxflux-fleet-" + i);
            JournalRecord intent = JournalRecord.intent(key, "edit", null, "ab", now.plusMillis(i), "job " + i,
                    dir.resolve("out-" + i + ".png").toString());
            journal.recordIntent(intent);
            JournalRecord p = intent.attached(new JobId("email:u@example.com:" + String.format("%08d", i)
                    + "-0000-0000-0000-000000000000-type:image"), now, "answered");
            journal.transition(JobState.INTENT, p);
            made.add(p);
        }
        return made;
    }

    private static void within(Duration bound, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not done within " + bound);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void waitsSurviveARestartOfTheOnlyReplica() throws Exception {
        pending(5);
        FleetApi first = new FleetApi(2);
        first.completing.set(false);
        JdbcJobFleet before = replica("before", first);
        within(Duration.ofSeconds(10), () -> first.reads.size() == 5);
        before.close();
        replicas.remove(before);
        assertThat(journal.unfinished()).hasSize(5);

        FleetApi second = new FleetApi(1);
        replica("after", second);

        within(Duration.ofSeconds(20), () -> journal.unfinished().isEmpty());
        assertThat(handed).hasSize(5).allSatisfy((key, count) -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void aReplicaKilledWithKill9LosesItsWaitsToASurvivorWithinTheHeartbeatBound() throws Exception {
        List<JournalRecord> jobs = pending(3);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), FleetReplicaMain.class.getName(), Postgres.url(database),
                "doomed", Long.toString(HEARTBEAT.toMillis()), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            List<String> waiting = new ArrayList<>();
            String line;
            while (waiting.size() < 3 && (line = out.readLine()) != null) {
                if (line.startsWith("waiting ")) {
                    waiting.add(line.substring("waiting ".length()));
                }
                assertThat(line).doesNotStartWith("handled");
            }
            assertThat(waiting).hasSize(3);
            FleetApi survivorApi = new FleetApi(1);
            replica("survivor", survivorApi);
            Thread.sleep(HEARTBEAT.multipliedBy(2).toMillis());
            assertThat(handed).as("the doomed replica still holds every wait").isEmpty();

            child.destroyForcibly(); // SIGKILL: no shutdown hook, no release, heartbeats just stop
            child.waitFor();
            long killedAt = System.nanoTime();
            FleetOptions bound = new FleetOptions("x", HEARTBEAT, 4, Duration.ofMillis(100), Duration.ofMillis(300), 1,
                    AwaitOptions.defaults(), Duration.ofMillis(200), dir, Clock.systemUTC());

            within(bound.takeoverBound().plusSeconds(1), () -> journal.unfinished().isEmpty());
            Duration took = Duration.ofNanos(System.nanoTime() - killedAt);
            System.out.println("kill -9 takeover took " + took.toMillis() + " ms (bound " + bound.takeoverBound().toMillis() + " ms)");

            assertThat(handed).hasSize(3).allSatisfy((key, count) -> assertThat(count.get()).isEqualTo(1));
            for (JournalRecord r : jobs) {
                assertThat(count(survivorApi.downloads, r.jobId().orElseThrow())).isEqualTo(1);
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private static int count(Map<JobId, AtomicInteger> counts, JobId job) {
        AtomicInteger n = counts.get(job);
        return n == null ? 0 : n.get();
    }
}
