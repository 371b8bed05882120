package dev.ltxflux.journal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archiving: records settled longer ago than the retention leave the live file (so opening reads only the rest) and are
 * still found by key and by job id, still refused as new intents, never moved again; other instances and a compaction
 * killed half-way lose nothing.
 */
class FileJobJournalArchiveTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Clock LATER = Clock.fixed(T0.plus(RETENTION).plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("jobs.log");
    }

    private FileJobJournal journal(Clock clock) {
        return FileJobJournal.open(file(), clock, RETENTION);
    }

    private static JobId job(int i) {
        return new JobId("email:u@example.com:" + String.format("%08d", i) + "-0000-4000-8000-000000000000-type:image");
    }

    /** Record {@code i}: intent at T0+i s, attached; then finished or abandoned at {@code settledAt}, or left so. */
    private static JournalRecord make(FileJobJournal j, int i, JobState end, Instant settledAt) {
        JournalRecord r = JournalRecord.intent(new IntentKey("k-" + i), "edit", null, "ab", T0.plusSeconds(i), "job " + i,
                "/tmp/out-" + i + ".png");
        j.recordIntent(r);
        if (end == JobState.INTENT) {
            return r;
        }
        JournalRecord pending = r.attached(job(i), T0.plusSeconds(i), "answered");
        j.transition(JobState.INTENT, pending);
        if (end == JobState.PENDING) {
            return pending;
        }
        JournalRecord settled = end == JobState.FINISHED ? pending.finished(settledAt, "saved")
                : pending.abandoned(settledAt, "given up");
        j.transition(JobState.PENDING, settled);
        return settled;
    }

    private List<JournalRecord> tenRecords(FileJobJournal j) {
        Instant old = T0.plusSeconds(60);
        Instant recent = LATER.instant().minusSeconds(60);
        return List.of(make(j, 0, JobState.FINISHED, old), make(j, 1, JobState.FINISHED, old),
                make(j, 2, JobState.ABANDONED, old), make(j, 3, JobState.FINISHED, old),
                make(j, 4, JobState.ABANDONED, old), make(j, 5, JobState.FINISHED, old),
                make(j, 6, JobState.PENDING, null), make(j, 7, JobState.PENDING, null),
                make(j, 8, JobState.FINISHED, recent), make(j, 9, JobState.INTENT, null));
    }

    @Test
    void settledRecordsOlderThanTheRetentionMoveToTheArchiveAndAreStillFoundByKeyAndByJobId() throws Exception {
        FileJobJournal journal = journal(LATER);
        List<JournalRecord> made = tenRecords(journal);

        assertThat(journal.compact()).isEqualTo(6);

        FileJobJournal reopened = journal(LATER);
        assertThat(reopened.liveSize()).as("what opening reads").isEqualTo(4);
        assertThat(Files.readAllLines(file())).as("a header and the four live records").hasSize(5);
        assertThat(reopened.size()).isEqualTo(10);
        for (JournalRecord r : made) {
            assertThat(reopened.find(r.key())).as(r.key().value()).contains(r);
            r.jobId().ifPresent(id -> assertThat(reopened.findByJob(id)).as(id.value()).contains(r));
        }
        assertThat(reopened.recent(100)).extracting(r -> r.key().value()).containsExactly("k-9", "k-8", "k-7", "k-6");
        assertThat(reopened.unfinished()).extracting(r -> r.key().value()).containsExactly("k-6", "k-7", "k-9");
        assertThat(Files.readString(reopened.archiveFile())).contains("k-0").doesNotContain("k-6");
        assertThat(reopened.findByJob(job(42))).isEmpty();
        assertThat(reopened.find(new IntentKey("k-42"))).isEmpty();
    }

    @Test
    void anArchivedKeyIsStillRefusedAsANewIntentAndNeverMovesAgain() {
        FileJobJournal journal = journal(LATER);
        List<JournalRecord> made = tenRecords(journal);
        journal.compact();
        FileJobJournal reopened = journal(LATER);

        JournalRecord again = JournalRecord.intent(new IntentKey("k-0"), "edit", null, "ab", T0, "again", null);
        assertThatThrownBy(() -> reopened.recordIntent(again)).isInstanceOf(IntentExistsException.class)
                .hasMessageContaining("k-0");
        JournalRecord asIfPending = again.attached(job(0), T0, "a stale copy");
        assertThat(reopened.transition(JobState.PENDING, asIfPending.abandoned(T0, "late"))).isFalse();
        assertThat(reopened.find(again.key())).contains(made.get(0));
        assertThat(reopened.compact()).as("nothing left to archive").isZero();
        assertThat(reopened.size()).isEqualTo(10);
    }

    @Test
    void recordsSettledWithinTheRetentionStayLive() {
        FileJobJournal early = journal(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));
        tenRecords(early);

        assertThat(early.compact()).isZero();
        assertThat(journal(LATER).liveSize()).isEqualTo(10);
        assertThat(Files.exists(early.archiveFile())).isFalse();
    }

    @Test
    void anInstanceThatReadTheOldFileReadsTheCompactedOneAndItsWritesAreKept() {
        FileJobJournal a = journal(LATER);
        FileJobJournal b = journal(LATER);
        tenRecords(a);
        assertThat(b.size()).isEqualTo(10); // b has folded the whole old file

        a.compact();
        JournalRecord next = JournalRecord.intent(new IntentKey("k-after"), "edit", null, "ab", T0, "after", null);
        b.recordIntent(next);

        assertThat(a.find(next.key())).contains(next);
        assertThat(b.find(new IntentKey("k-0")).orElseThrow().state()).isEqualTo(JobState.FINISHED);
        assertThat(b.liveSize()).isEqualTo(5);
        assertThat(journal(LATER).size()).isEqualTo(11);
    }

    @Test
    void claimsOnLiveRecordsSurviveACompaction() {
        FileJobJournal journal = journal(LATER);
        tenRecords(journal);
        IntentKey pending = new IntentKey("k-6");
        assertThat(journal.claim(pending, "replica-a", LATER.instant(), Duration.ofMinutes(5))).isTrue();

        journal.compact();

        assertThat(journal(LATER).claim(pending, "replica-b", LATER.instant(), Duration.ofMinutes(5))).isFalse();
        assertThat(journal(LATER).claim(pending, "replica-a", LATER.instant(), Duration.ofMinutes(5))).isTrue();
    }

    @Test
    void leftoversOfAKilledCompactionAreHarmless() throws Exception {
        FileJobJournal journal = journal(LATER);
        List<JournalRecord> made = tenRecords(journal);
        // what a compaction killed half-way leaves: a torn archive line, a torn index entry, a half-written new journal
        Path archive = journal.archiveFile();
        Path index = archive.resolveSibling("jobs.log.archive-index");
        Files.writeString(archive, "R\tk-0\tedit\tu@exa", StandardCharsets.UTF_8);
        Files.write(index, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        Files.writeString(file().resolveSibling("jobs.log.compacting"), "G\tnever-renamed\nR\tgarbage\n");
        assertThat(journal(LATER).find(new IntentKey("k-0"))).as("still live").contains(made.get(0));

        assertThat(journal.compact()).isEqualTo(6);

        FileJobJournal reopened = journal(LATER);
        for (JournalRecord r : made) {
            assertThat(reopened.find(r.key())).as(r.key().value()).contains(r);
        }
        assertThat(Files.size(index) % JournalArchive.ENTRY).isZero();
        Files.writeString(index, "torn", StandardOpenOption.APPEND);
        assertThat(journal(LATER).find(new IntentKey("k-3"))).contains(made.get(3));
    }

    @Test
    void enoughNewlySettledRecordsArchiveByThemselves() {
        FileJobJournal journal = FileJobJournal.open(file(), LATER, RETENTION, 5);
        tenRecords(journal);

        assertThat(journal.liveSize()).as("archived on the write that settled the fifth record").isLessThan(10);
        assertThat(journal.size()).isEqualTo(10);
        assertThat(Files.exists(journal.archiveFile())).isTrue();
    }

    @Test
    void aNegativeRetentionIsRefused() {
        assertThatThrownBy(() -> FileJobJournal.open(file(), LATER, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    }
}
