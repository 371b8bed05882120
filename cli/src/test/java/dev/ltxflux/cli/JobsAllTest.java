package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.journal.file.FileJobJournal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ltxflux jobs --all} (in-process, {@link InProcessCli}): records the file journal archived (settled longer ago
 * than its retention) are hidden by {@code jobs} and listed by {@code jobs --all}, in the same table as live ones.
 */
class JobsAllTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Clock LATER = Clock.fixed(T0.plus(RETENTION).plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private InProcessCli cli() {
        return InProcessCli.in(dir).env("LTXFLUX_JOURNAL_URL", null); // no token: the embedded mock's journal
    }

    /** An old finished job (archived by the compaction) and a pending one (live), in {@code file}. */
    private static void journalTwoJobsAndArchiveTheOld(Path file) {
        FileJobJournal journal = FileJobJournal.open(file, LATER, RETENTION);
        JournalRecord old = JournalRecord.intent(new IntentKey("old-key"), "edit", null, "ab", T0, "an old hat", null);
        journal.recordIntent(old);
        JournalRecord oldPending = old.attached(new JobId("email:u@example.com-job:11111111-0000-4000-8000-000000000000-type:image"),
                T0, "answered");
        journal.transition(JobState.INTENT, oldPending);
        journal.transition(JobState.PENDING, oldPending.finished(T0.plusSeconds(30), "saved"));
        JournalRecord live = JournalRecord.intent(new IntentKey("live-key"), "edit", null, "cd", T0.plusSeconds(60),
                "a new hat", null);
        journal.recordIntent(live);
        journal.transition(JobState.INTENT, live.attached(
                new JobId("email:u@example.com-job:22222222-0000-4000-8000-000000000000-type:image"), T0.plusSeconds(60), "answered"));
        assertThat(journal.compact()).as("the old job archived").isEqualTo(1);
    }

    @Test
    void jobsHidesArchivedRecordsAndJobsAllListsThemOldestFirst() {
        InProcessCli cli = cli();
        journalTwoJobsAndArchiveTheOld(cli.home().resolve(Connection.MOCK_JOURNAL));

        InProcessCli.Run live = cli.run("jobs");
        assertThat(live.exit()).as(live.all()).isZero();
        assertThat(live.out()).contains("22222222", "pending", "a new hat").doesNotContain("11111111", "an old hat");

        InProcessCli.Run all = cli.run("jobs", "--all");
        assertThat(all.exit()).as(all.all()).isZero();
        assertThat(all.out()).contains("11111111", "finished", "an old hat", "22222222", "pending", "a new hat");
        assertThat(all.out().indexOf("11111111")).as("newest last, like jobs").isLessThan(all.out().indexOf("22222222"));
    }

    @Test
    void jobsAllOnAJournalGivenByLocationListsItsArchiveToo() {
        InProcessCli cli = cli();
        Path shared = dir.resolve("shared").resolve("jobs.log");
        journalTwoJobsAndArchiveTheOld(shared);

        assertThat(cli.run("jobs", "--journal-url", shared.toString()).out()).contains("22222222")
                .doesNotContain("11111111");
        InProcessCli.Run all = cli.run("jobs", "--all", "--journal-url", shared.toString());
        assertThat(all.exit()).as(all.all()).isZero();
        assertThat(all.out()).contains("11111111", "an old hat", "22222222");
    }
}
