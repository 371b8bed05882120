package dev.ltxflux.bench;

import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.journal.jdbc.JdbcJobJournal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * The JDBC journal's throughput against a real PostgreSQL (embedded binaries, same machine): paid calls journaled per
 * second, each an intent plus its move to pending (two auto-committed statements), with 1 and 4 threads, over a
 * connection per operation (no pool) and over one kept connection per thread (what a pool gives).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.JdbcJournalRun}
 */
public final class JdbcJournalRun {

    private JdbcJournalRun() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource plain = pg.getPostgresDatabase();
            System.out.println("connections | threads | paid calls journaled | seconds | calls/s (intent + pending each)");
            for (boolean pooled : new boolean[] {false, true}) {
                for (int threads : new int[] {1, 4}) {
                    DataSource ds = pooled ? perThread(plain) : plain;
                    JdbcJobJournal journal = JdbcJobJournal.create(ds);
                    int calls = pooled ? 4000 : 800;
                    run(journal, threads, calls / threads, pooled + "-" + threads + "-"); // warm-up
                    long t0 = System.nanoTime();
                    run(journal, threads, calls / threads, "m-" + pooled + "-" + threads + "-");
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%s | %d | %,d | %.2f | %,.0f%n", pooled ? "one per thread" : "one per operation",
                            threads, calls, s, calls / s);
                }
            }
        }
    }

    private static void run(JdbcJobJournal journal, int threads, int each, String prefix) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    JournalRecord intent = JournalRecord.intent(new IntentKey(prefix + thread + "-" + i), "edit", null,
                            "ab", Instant.now(), "Add a hat", "/tmp/x.png");
                    journal.recordIntent(intent);
                    journal.transition(JobState.INTENT, intent.attached(JournalScalingRun.job(i), Instant.now(), "answered"));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    /** A DataSource keeping one open connection per thread (close() does not close it): a pool's effect, no pool library. */
    static DataSource perThread(DataSource plain) {
        ThreadLocal<Connection> held = ThreadLocal.withInitial(() -> {
            try {
                return plain.getConnection();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, margs) -> {
                    if (method.getName().equals("getConnection")) {
                        Connection c = held.get();
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                                (p, m, a) -> m.getName().equals("close") ? null : m.invoke(c, a));
                    }
                    return method.invoke(plain, margs);
                });
    }
}
