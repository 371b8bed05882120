package dev.ltxflux.journal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FileJobJournal#all}: live and archived records together, newest intent first, each key once: the later copy of
 * a key archived twice, the live copy of a key a killed compaction left in both files, nothing the index does not hold.
 */
class FileJobJournalAllTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Clock LATER = Clock.fixed(T0.plus(RETENTION).plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("jobs.log");
    }

    private FileJobJournal journal() {
        return FileJobJournal.open(file(), LATER, RETENTION);
    }

    /** Records k-0..k-5 (intent at T0+i s): even ones finished long ago (archivable), odd ones pending. */
    private static List<JournalRecord> sixRecords(FileJobJournal j) {
        List<JournalRecord> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JournalRecord r = JournalRecord.intent(new IntentKey("k-" + i), "edit", null, "ab", T0.plusSeconds(i),
                    "job " + i, null);
            j.recordIntent(r);
            JournalRecord pending = r.attached(new JobId("email:u@example.com-job:0000000" + i
                    + "-0000-4000-8000-000000000000-type:image"), T0.plusSeconds(i), "answered");
            j.transition(JobState.INTENT, pending);
            if (i % 2 == 0) {
                JournalRecord finished = pending.finished(T0.plusSeconds(60), "saved");
                j.transition(JobState.PENDING, finished);
                made.add(finished);
            } else {
                made.add(pending);
            }
        }
        return made;
    }

    private static List<JournalRecord> newestFirst(List<JournalRecord> made) {
        List<JournalRecord> reversed = new ArrayList<>(made);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static List<String> keys(List<JournalRecord> records) {
        return records.stream().map(r -> r.key().value()).toList();
    }

    @Test
    void afterACompactionAllListsArchivedRecordsBesideLiveOnesNewestFirstWhileRecentDoesNot() {
        FileJobJournal journal = journal();
        List<JournalRecord> made = sixRecords(journal);
        assertThat(journal.compact()).isEqualTo(3);

        for (FileJobJournal view : List.of(journal, journal())) {
            assertThat(keys(view.recent(100))).containsExactly("k-5", "k-3", "k-1");
            assertThat(view.all(100)).containsExactly(made.get(5), made.get(4), made.get(3), made.get(2), made.get(1),
                    made.get(0));
            assertThat(keys(view.all(4))).containsExactly("k-5", "k-4", "k-3", "k-2");
            assertThat(view.all(0)).isEmpty();
        }
    }

    @Test
    void aCompactionKilledBeforeItReplacedTheFileLeavesEachRecordListedOnceAsItStandsLive() {
        FileJobJournal killed = FileJobJournal.open(file(), LATER, RETENTION, Integer.MAX_VALUE, step -> {
            if (step.equals("archived")) {
                throw new IllegalStateException("killed after archiving");
            }
        });
        List<JournalRecord> made = sixRecords(killed);
        assertThatThrownBy(killed::compact).hasMessageContaining("killed");
        assertThat(Files.exists(killed.archiveFile())).isTrue();
        assertThat(journal().liveSize()).as("the file was not replaced").isEqualTo(6);

        assertThat(journal().all(100)).containsExactlyElementsOf(newestFirst(made));

        assertThat(journal().compact()).as("archived a second time").isEqualTo(3);
        assertThat(journal().all(100)).containsExactlyElementsOf(newestFirst(made));
        assertThat(keys(journal().recent(100))).containsExactly("k-5", "k-3", "k-1");
    }

    @Test
    void aKeyArchivedTwiceIsListedOnceAsItsLaterCopySays() throws Exception {
        FileJobJournal journal = journal();
        List<JournalRecord> made = sixRecords(journal);
        journal.compact();
        JournalRecord first = made.get(2);
        JournalRecord later = JournalRecord.restore(first.key(), first.operation(), null, first.requestDigest(),
                first.intendedAt(), JobState.FINISHED, first.jobId().orElseThrow(), first.updatedAt(), first.label(),
                null, "the later copy");
        new JournalArchive(file()).append(List.of(later));

        List<JournalRecord> all = journal().all(100);

        assertThat(keys(all)).containsExactly("k-5", "k-4", "k-3", "k-2", "k-1", "k-0");
        assertThat(all.get(3).note()).isEqualTo("the later copy");
    }

    @Test
    void anArchiveLineTheIndexDoesNotHoldIsNotListed() throws Exception {
        FileJobJournal journal = journal();
        sixRecords(journal);
        journal.compact();
        JournalRecord stray = JournalRecord.restore(new IntentKey("k-stray"), "edit", null, "ab", T0.plusSeconds(99),
                JobState.ABANDONED, null, T0.plusSeconds(99), "never indexed", null, "");
        // a crash between the archive's lines and its index: the line is there, its entry is not; then a torn line
        Files.writeString(journal.archiveFile(), JournalIndex.recordLine(stray) + "R\tk-torn\tedit",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(keys(journal().all(100))).containsExactly("k-5", "k-4", "k-3", "k-2", "k-1", "k-0");
    }

    @Test
    void withoutAnArchiveAllIsRecent() {
        FileJobJournal journal = journal();
        sixRecords(journal);

        assertThat(journal.all(100)).isEqualTo(journal.recent(100)).hasSize(6);
        assertThat(journal.all(2)).isEqualTo(journal.recent(2));
    }
}
