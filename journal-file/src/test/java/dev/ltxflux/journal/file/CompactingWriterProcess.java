package dev.ltxflux.journal.file;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A second process for {@link FileJobJournalProcessesTest}, archiving with no retention.
 * <ul>
 *   <li>{@code race <journal> <n> <who>}: records intents {@code k-0 .. k-(n-1)} (each key once across every process
 *       racing it), settles each one it won at once, compacts every 10 keys, and prints how many it won.</li>
 *   <li>{@code stop-at <journal> <step>}: compacts once, printing {@code at <step>} and then hanging when the compaction
 *       reaches that step ({@code archived}, {@code written}), so the test can kill it there.</li>
 * </ul>
 */
public final class CompactingWriterProcess {

    private CompactingWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("stop-at")) {
            String target = args[2];
            FileJobJournal journal = FileJobJournal.open(file, Clock.systemUTC(), Duration.ZERO, Integer.MAX_VALUE, step -> {
                if (step.equals(target)) {
                    System.out.println("at " + step);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE); // the test kills this JVM here, inside the compaction
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            journal.compact();
            System.out.println("compacted without stopping");
            return;
        }
        FileJobJournal journal = FileJobJournal.open(file, Clock.systemUTC(), Duration.ZERO, 7);
        int n = Integer.parseInt(args[2]);
        String who = args[3];
        int won = 0;
        for (int i = 0; i < n; i++) {
            Instant at = Instant.now().minusSeconds(1);
            JournalRecord intent = JournalRecord.intent(new IntentKey("k-" + i), "edit", null, "", at, "by " + who, null);
            try {
                journal.recordIntent(intent);
                JournalRecord pending = intent.attached(new JobId("job-" + i + "-" + who), at, who);
                journal.transition(JobState.INTENT, pending);
                journal.transition(JobState.PENDING, pending.finished(at, who));
                won++;
            } catch (IntentExistsException taken) {
                // the other process won this key (live or archived)
            }
            if (i % 10 == 9) {
                journal.compact();
            }
        }
        System.out.println("won " + won);
    }
}
