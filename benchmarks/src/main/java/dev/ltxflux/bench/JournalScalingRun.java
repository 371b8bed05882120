package dev.ltxflux.bench;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.journal.file.FileJobJournal;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/**
 * The file journal's cost against its length: for 10^4, 10^5 and 10^6 records, the time to open it and answer a first
 * query (what {@code ltxflux jobs} pays at start-up), to find one record by key and by job id (median of 1,000 random
 * look-ups), and to record one intent (median of 50, each forced to disk).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.JournalScalingRun [dir]}
 */
public final class JournalScalingRun {

    private JournalScalingRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("ltxflux-journal-scaling");
        System.out.println("records | open + first query | find by key (median) | find by job id (median) | record one intent (median)");
        for (int n : new int[] {10_000, 100_000, 1_000_000}) {
            Path file = dir.resolve(n + "/jobs.log");
            write(file, n);
            long t0 = System.nanoTime();
            FileJobJournal journal = FileJobJournal.open(file);
            int size = journal.size();
            long open = System.nanoTime() - t0;
            Random random = new Random(n);
            long[] byKey = new long[1000];
            long[] byJob = new long[1000];
            for (int i = 0; i < 1000; i++) {
                int k = random.nextInt(n);
                long s = System.nanoTime();
                journal.find(key(k)).orElseThrow();
                byKey[i] = System.nanoTime() - s;
                s = System.nanoTime();
                journal.findByJob(job(k)).orElseThrow();
                byJob[i] = System.nanoTime() - s;
            }
            long[] record = new long[50];
            Instant now = Instant.now();
            for (int i = 0; i < record.length; i++) {
                long s = System.nanoTime();
                journal.recordIntent(JournalRecord.intent(new IntentKey("bench-new-" + i), "edit", null, "ab", now, "x", null));
                record[i] = System.nanoTime() - s;
            }
            System.out.printf("%,d | %.1f ms | %.1f µs | %.1f µs | %.2f ms (file %,d bytes, %d records)%n", n, open / 1e6,
                    median(byKey) / 1e3, median(byJob) / 1e3, median(record) / 1e6, Files.size(file), size);
        }
    }

    static IntentKey key(int i) {
        return new IntentKey("ltxflux-bench-" + i);
    }

    static JobId job(int i) {
        return new JobId("email:user@example.com:" + String.format("%08d", i) + "-0000-4000-8000-000000000000-type:image");
    }

    /** {@code n} pending records in the file journal's own line format (what {@code recordLine} writes). */
    private static void write(Path file, int n) throws Exception {
        Files.createDirectories(file.getParent());
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String at = t.plusMillis(i).toString();
                w.write(String.join("\t", "R", key(i).value(), "edit", "", "ab12", at, "PENDING", job(i).value(), at,
                        "Add a hat " + i, "/tmp/out-" + i + ".png", "answered"));
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
