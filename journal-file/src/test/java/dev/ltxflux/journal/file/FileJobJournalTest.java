package dev.ltxflux.journal.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.service.JobJournals;
import dev.ltxflux.core.testing.JobJournalContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file journal passes the journal contract, and keeps its file readable after crashes and hostile values. */
class FileJobJournalTest extends JobJournalContract {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state").resolve("jobs.log");
    }

    @Override
    protected JobJournalPort open() {
        return FileJobJournal.open(file());
    }

    @Override
    protected JobJournalPort reopen() {
        return FileJobJournal.open(file());
    }

    @Test
    void aSecondInstanceSeesWhatTheFirstAppendedWithoutReopening() {
        JobJournalPort other = reopen();
        other.find(new IntentKey("k-1"));
        journal.recordIntent(intent("k-1", T0));

        assertThat(other.find(new IntentKey("k-1"))).isPresent();
        assertThat(other.transition(JobState.INTENT, journal.find(new IntentKey("k-1")).orElseThrow()
                .attached(job("1"), T0, "answered"))).isTrue();
        assertThat(journal.findByJob(job("1"))).isPresent();
    }

    @Test
    void aLineTornByACrashIsSkippedAndTheNextWriteStartsOnALineOfItsOwn() throws Exception {
        journal.recordIntent(intent("k-1", T0));
        Files.writeString(file(), "R\tk-torn\tedit\tuser@exa", StandardOpenOption.APPEND);

        JobJournalPort afterCrash = reopen();
        afterCrash.recordIntent(intent("k-2", T0.plusSeconds(1)));

        assertThat(reopen().recent(10)).extracting(r -> r.key().value()).containsExactly("k-2", "k-1");
        assertThat(Files.readAllLines(file())).hasSize(3);
    }

    @Test
    void aHostileValueCannotForgeALine() throws Exception {
        JournalRecord intent = JournalRecord.intent(new IntentKey("k-1"), "edit", null, "", T0,
                "x\nR\tforged\tedit\t\t\t" + T0 + "\tPENDING\tjob\t" + T0 + "\t\t\t", null);
        journal.recordIntent(intent);

        assertThat(Files.readAllLines(file())).hasSize(1);
        assertThat(reopen().find(new IntentKey("forged"))).isEmpty();
        assertThat(reopen().find(intent.key()).orElseThrow().label()).startsWith("x\nR\tforged");
    }

    @Test
    void aJournalOfVersion01IsReadAsPendingJobs() throws Exception {
        Files.createDirectories(file().getParent());
        JobId old = new JobId("email:a@b.c-job:11111111-2222-3333-4444-555555555555-type:image");
        Files.writeString(file(), T0 + "\t" + old.value() + "\tAdd golden sunset lighting\n" + "garbage line\n");

        List<JournalRecord> open = reopen().unfinished();

        assertThat(open).singleElement().satisfies(r -> {
            assertThat(r.key().value()).isEqualTo("legacy:" + old.value());
            assertThat(r.state()).isEqualTo(JobState.PENDING);
            assertThat(r.jobId()).contains(old);
            assertThat(r.label()).isEqualTo("Add golden sunset lighting");
            assertThat(r.account()).contains("a@b.c");
        });
        assertThat(reopen().findByJob(old)).isPresent();
    }

    @Test
    void aJournalThatCannotBeWrittenSaysSoBeforeAnythingIsPaid() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        FileJobJournal blocked = FileJobJournal.open(blocker.resolve("jobs.log"));

        assertThatThrownBy(blocked::checkWritable).isInstanceOf(JournalWriteException.class)
                .hasMessageContaining("cannot write the job journal");
        assertThatThrownBy(() -> blocked.recordIntent(intent("k", T0))).isInstanceOf(JournalWriteException.class);
        assertThat(blocked.unfinished()).isEmpty();
    }

    @Test
    void readingAJournalThatDoesNotExistCreatesNothing() {
        assertThat(journal.unfinished()).isEmpty();
        assertThat(journal.find(new IntentKey("k"))).isEmpty();
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void theProviderOpensPlainPathsAndFileUrlsButNotJdbc() {
        FileJobJournalProvider provider = new FileJobJournalProvider();

        assertThat(provider.accepts("/var/lib/ltxflux/jobs.log")).isTrue();
        assertThat(provider.accepts("jobs.log")).isTrue();
        assertThat(provider.accepts("file:/tmp/jobs.log")).isTrue();
        assertThat(provider.accepts("C:\\ltxflux\\jobs.log")).isTrue();
        assertThat(provider.accepts("jdbc:postgresql://localhost/ltx")).isFalse();

        JobJournalPort opened = JobJournals.open("file:" + file(), Clock.systemUTC());
        opened.recordIntent(intent("k-1", T0));
        assertThat(FileJobJournal.open(file()).find(new IntentKey("k-1"))).isPresent();
        assertThat(new String(readAll(), StandardCharsets.UTF_8)).startsWith("R\tk-1\tedit\t");
    }

    @Test
    void aLocationNoModuleAcceptsIsRefusedNamingOnlyItsKind() {
        assertThatThrownBy(() -> JobJournals.open("jdbc:postgresql://db/ltx?password=hunter2", Clock.systemUTC()))
                .hasMessageContaining("jdbc:postgresql").hasMessageNotContaining("hunter2");
    }

    private byte[] readAll() {
        try {
            return Files.readAllBytes(file());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
