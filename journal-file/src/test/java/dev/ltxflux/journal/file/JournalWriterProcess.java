package dev.ltxflux.journal.file;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A second process for {@link FileJobJournalProcessesTest}: records intents {@code k-0 .. k-(n-1)} in the journal
 * {@code args[0]} (each key once across every process racing it), attaches a job to each intent it won, and prints how
 * many it won. With {@code n} negative it writes forever (to be killed).
 */
public final class JournalWriterProcess {

    private JournalWriterProcess() {
    }

    public static void main(String[] args) {
        FileJobJournal journal = FileJobJournal.open(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        String who = args[2];
        int won = 0;
        for (int i = 0; n < 0 || i < n; i++) {
            JournalRecord intent = JournalRecord.intent(new IntentKey("k-" + i), "edit", null, "", Instant.EPOCH.plusMillis(i),
                    "by " + who, null);
            try {
                journal.recordIntent(intent);
                journal.transition(JobState.INTENT, intent.attached(
                        new dev.ltxflux.core.model.job.JobId("job-" + i + "-" + who), Instant.EPOCH.plusMillis(i), who));
                won++;
            } catch (IntentExistsException taken) {
                // the other process won this key
            }
            if (i == 0) {
                System.out.println("started");
                System.out.flush();
            }
        }
        System.out.println("won " + won);
    }
}
