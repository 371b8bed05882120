package dev.ltxflux.journal.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.testing.JobJournalContract;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal contract once more on a file journal that archives as eagerly as it can (no retention, a clock years
 * ahead, a compaction after every record that settles): every settled record is read back from the archive.
 */
class ArchivingFileJobJournalTest extends JobJournalContract {

    private static final Clock YEARS_AHEAD = Clock.fixed(Instant.parse("2036-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Override
    protected JobJournalPort open() {
        return FileJobJournal.open(dir.resolve("jobs.log"), YEARS_AHEAD, Duration.ZERO, 1);
    }

    @Test
    void aRecordThatSettlesIsReadFromTheArchive() {
        journal.recordIntent(intent("k-1", T0));
        var pending = journal.find(new IntentKey("k-1")).orElseThrow().attached(job("1"), T0, "answered");
        journal.transition(JobState.INTENT, pending);
        journal.transition(JobState.PENDING, pending.finished(T0, "saved"));

        FileJobJournal again = (FileJobJournal) reopen();
        assertThat(again.liveSize()).isZero();
        assertThat(again.find(pending.key()).orElseThrow().state()).isEqualTo(JobState.FINISHED);
        assertThat(again.findByJob(job("1"))).isPresent();
    }

    @Override
    protected JobJournalPort reopen() {
        return FileJobJournal.open(dir.resolve("jobs.log"), YEARS_AHEAD, Duration.ZERO, 1);
    }
}
