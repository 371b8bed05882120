package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.AwaitJobUseCase.ProgressListener;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fleet replica in a JVM of its own, for the {@code kill -9} test: its jobs never finish (it holds every wait it
 * picks), and it prints {@code waiting <jobId>} the first time it reads each job, then {@code handled <key>} should it
 * ever hand one over.
 */
public final class FleetReplicaMain {

    private FleetReplicaMain() {
    }

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(args[0]);
        FleetApi api = new FleetApi(Integer.MAX_VALUE);
        api.completing.set(false);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ProgressListener listener = job -> {
            if (seen.add(job.id().value())) {
                System.out.println("waiting " + job.id().value());
                System.out.flush();
            }
        };
        FleetOptions options = new FleetOptions(args[1], Duration.ofMillis(Long.parseLong(args[2])), 4,
                Duration.ofMillis(100), Duration.ofMillis(200), 8,
                new AwaitOptions(Duration.ofMinutes(5), listener), Duration.ofMillis(200), Path.of(args[3]),
                Clock.systemUTC());
        JdbcJobFleet.start(ds, JdbcJobJournal.create(ds), api.awaiter(), api.downloads(), null,
                f -> System.out.println("handled " + f.record().key()), options);
        System.out.println("started");
        System.out.flush();
        Thread.currentThread().join();
    }
}
