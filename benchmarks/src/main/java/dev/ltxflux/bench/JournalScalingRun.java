package dev.ltxflux.bench;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.journal.file.FileJobJournal;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/**
 * The file journal's cost against its length, before and after archiving: for 10^4, 10^5 and 10^6 records (all
 * finished 30 days ago but the last {@value #LIVE}, still pending), the time to open the journal and answer a first
 * query when every record is in the live file (what {@code ltxflux jobs} paid before archiving), the one-off first
 * open that archives (replay and compaction), the time to open and answer a first query afterwards, look-ups of live
 * and archived records by key and by job id (medians of 1,000 random look-ups; the first archived look-up, which loads
 * the archive's index, separately), and the time to record one intent (median of 50, each forced to disk).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.JournalScalingRun [dir] [sizes...]}
 */
public final class JournalScalingRun {

    static final int LIVE = 1_000;
    private static final Duration NEVER = Duration.ofDays(365L * 1000);

    private JournalScalingRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ltxflux-journal-scaling");
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000, 1_000_000};
        System.out.println("records | open+first query, all live | first open that archives | open+first query, archived"
                + " | find live by key / job id | first archived look-up | find archived by key / job id | record one intent");
        for (int n : sizes) {
            Path file = dir.resolve(n + "/jobs.log");
            write(file, n);
            long fullSize = Files.size(file);
            Clock clock = Clock.systemUTC();

            long t0 = System.nanoTime();
            FileJobJournal unarchived = FileJobJournal.open(file, clock, NEVER); // nothing old enough: plain replay
            unarchived.find(key(n - 1)).orElseThrow();
            long openBefore = System.nanoTime() - t0;

            t0 = System.nanoTime();
            int archived = FileJobJournal.open(file, clock, FileJobJournal.DEFAULT_RETENTION).compact();
            long firstArchive = System.nanoTime() - t0;

            t0 = System.nanoTime();
            FileJobJournal journal = FileJobJournal.open(file, clock, FileJobJournal.DEFAULT_RETENTION);
            journal.find(key(n - 1)).orElseThrow();
            long openAfter = System.nanoTime() - t0;

            Random random = new Random(n);
            long[] liveKey = new long[1000];
            long[] liveJob = new long[1000];
            for (int i = 0; i < 1000; i++) {
                int k = n - 1 - random.nextInt(LIVE);
                liveKey[i] = time(() -> journal.find(key(k)).orElseThrow());
                liveJob[i] = time(() -> journal.findByJob(job(k)).orElseThrow());
            }
            long firstArchived = time(() -> journal.find(key(0)).orElseThrow());
            long[] oldKey = new long[1000];
            long[] oldJob = new long[1000];
            for (int i = 0; i < 1000; i++) {
                int k = random.nextInt(n - LIVE);
                oldKey[i] = time(() -> journal.find(key(k)).orElseThrow());
                oldJob[i] = time(() -> journal.findByJob(job(k)).orElseThrow());
            }
            long[] record = new long[50];
            Instant now = Instant.now();
            for (int i = 0; i < record.length; i++) {
                int k = i;
                record[i] = time(() -> journal.recordIntent(
                        JournalRecord.intent(new IntentKey("bench-new-" + k), "edit", null, "ab", now, "x", null)));
            }
            System.out.printf("%,d | %,.0f ms | %,.0f ms (%,d archived) | %.1f ms | %.1f / %.1f µs | %.1f ms | %.1f / %.1f µs"
                    + " | %.2f ms (journal %,d bytes before, %,d after; archive %,d; index %,d; %d records)%n", n,
                    openBefore / 1e6, firstArchive / 1e6, archived, openAfter / 1e6, median(liveKey) / 1e3,
                    median(liveJob) / 1e3, firstArchived / 1e6, median(oldKey) / 1e3, median(oldJob) / 1e3,
                    median(record) / 1e6, fullSize, Files.size(file), Files.size(journal.archiveFile()),
                    Files.size(journal.archiveFile().resolveSibling("jobs.log.archive-index")), journal.size());
        }
    }

    private static long time(Runnable r) {
        long s = System.nanoTime();
        r.run();
        return System.nanoTime() - s;
    }

    static IntentKey key(int i) {
        return new IntentKey("ltxflux-bench-" + i);
    }

    static JobId job(int i) {
        return new JobId("email:user@example.com:" + String.format("%08d", i) + "-0000-4000-8000-000000000000-type:image");
    }

    /**
     * {@code n} records in the file journal's own line format (what {@code recordLine} writes): the last {@value #LIVE}
     * pending, every other one finished 30 days ago.
     */
    private static void write(Path file, int n) throws Exception {
        Files.createDirectories(file.getParent());
        for (String leftover : new String[] {"", ".archive", ".archive-index", ".lock", ".compacting"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + leftover));
        }
        Instant t = Instant.now().minus(Duration.ofDays(30));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String at = t.plusMillis(i).toString();
                boolean live = i >= n - LIVE;
                w.write(String.join("\t", "R", key(i).value(), "edit", "", "ab12", at, live ? "PENDING" : "FINISHED",
                        job(i).value(), at, "Add a hat " + i, "/tmp/out-" + i + ".png", live ? "answered" : "saved"));
                w.write('\n');
            }
        }
    }

    static double median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
