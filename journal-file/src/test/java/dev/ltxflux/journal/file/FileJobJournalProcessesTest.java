package dev.ltxflux.journal.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVMs share one journal file: each key is won by exactly one process, and a kill -9 mid-write loses nothing. */
class FileJobJournalProcessesTest {

    private static final int KEYS = 150;

    @TempDir
    Path dir;

    private Process start(Path journal, int n, String who) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), JournalWriterProcess.class.getName(),
                journal.toString(), Integer.toString(n), who).redirectErrorStream(true).start();
    }

    private Process compacting(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                CompactingWriterProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String lastLine(Process p) throws Exception {
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                last = line;
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return last;
    }

    @Test
    void twoProcessesRacingForTheSameKeysEachWinADisjointShare() throws Exception {
        Path journal = dir.resolve("jobs.log");
        Process a = start(journal, KEYS, "a");
        Process b = start(journal, KEYS, "b");

        int wonA = Integer.parseInt(lastLine(a).replace("won ", ""));
        int wonB = Integer.parseInt(lastLine(b).replace("won ", ""));

        assertThat(wonA + wonB).isEqualTo(KEYS);
        FileJobJournal read = FileJobJournal.open(journal);
        assertThat(read.size()).isEqualTo(KEYS);
        List<JournalRecord> all = read.recent(KEYS);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.state()).isEqualTo(JobState.PENDING);
            assertThat(r.jobId().orElseThrow().value()).endsWith("-" + r.note());
            assertThat(r.label()).isEqualTo("by " + r.note());
        });
    }

    @Test
    void aProcessKilledMidWriteLeavesAJournalThatReadsAndTakesNewWrites() throws Exception {
        Path journal = dir.resolve("jobs.log");
        Process writer = start(journal, -1, "killed");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("started");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (Files.size(journal) < 20_000 && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            writer.destroyForcibly();
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        FileJobJournal after = FileJobJournal.open(journal);
        int survived = after.size();
        assertThat(survived).isGreaterThan(10);
        List<JournalRecord> unfinished = new ArrayList<>(after.unfinished());
        assertThat(unfinished).allSatisfy(r -> assertThat(r.state()).isIn(JobState.INTENT, JobState.PENDING));
        JournalRecord next = JournalRecord.intent(new IntentKey("after-the-crash"), "edit", null, "", Instant.EPOCH, "x", null);
        after.recordIntent(next);
        assertThat(FileJobJournal.open(journal).find(next.key())).contains(next);
        assertThat(FileJobJournal.open(journal).size()).isEqualTo(survived + 1);
    }

    @Test
    void twoProcessesRacingForTheSameKeysWhileBothArchiveEachWinADisjointShareAndLoseNothing() throws Exception {
        Path journal = dir.resolve("jobs.log");
        Process a = compacting("race", journal.toString(), Integer.toString(KEYS), "a");
        Process b = compacting("race", journal.toString(), Integer.toString(KEYS), "b");

        int wonA = Integer.parseInt(lastLine(a).replace("won ", ""));
        int wonB = Integer.parseInt(lastLine(b).replace("won ", ""));

        assertThat(wonA + wonB).as("each key won once, also after it was archived").isEqualTo(KEYS);
        FileJobJournal read = FileJobJournal.open(journal);
        assertThat(read.size()).isEqualTo(KEYS);
        assertThat(read.liveSize()).as("most records were archived").isLessThan(KEYS / 2);
        for (int i = 0; i < KEYS; i++) {
            JournalRecord r = read.find(new IntentKey("k-" + i)).orElseThrow();
            assertThat(r.state()).isEqualTo(JobState.FINISHED);
            assertThat(r.jobId().orElseThrow().value()).isEqualTo("job-" + i + "-" + r.note());
            assertThat(read.findByJob(r.jobId().orElseThrow())).contains(r);
        }
    }

    @ParameterizedTest(name = "killed after the step {0}")
    @ValueSource(strings = {"archived", "written"})
    void aProcessKilledInsideACompactionLeavesEveryRecordReadable(String step) throws Exception {
        Path journal = dir.resolve("jobs.log");
        FileJobJournal before = FileJobJournal.open(journal);
        List<JournalRecord> made = new ArrayList<>();
        Instant old = Instant.now().minusSeconds(60);
        for (int i = 0; i < 20; i++) {
            JournalRecord intent = JournalRecord.intent(new IntentKey("c-" + i), "edit", null, "", old, "x", null);
            before.recordIntent(intent);
            JournalRecord pending = intent.attached(new dev.ltxflux.core.model.job.JobId("job-c-" + i), old, "answered");
            before.transition(JobState.INTENT, pending);
            JournalRecord last = i % 2 == 0 ? pending.finished(old, "saved") : pending;
            if (last != pending) {
                before.transition(JobState.PENDING, last);
            }
            made.add(last);
        }

        Process killed = compacting("stop-at", journal.toString(), step);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("at " + step);
            killed.destroyForcibly(); // SIGKILL inside the compaction, the journal's lock held
            assertThat(killed.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }

        FileJobJournal after = FileJobJournal.open(journal);
        assertThat(after.size()).isEqualTo(20);
        for (JournalRecord m : made) {
            assertThat(after.find(m.key())).as(m.key().value()).contains(m);
            assertThat(after.findByJob(m.jobId().orElseThrow())).contains(m);
        }
        assertThat(after.unfinished()).hasSize(10);
        JournalRecord next = JournalRecord.intent(new IntentKey("after-the-crash"), "edit", null, "", old, "x", null);
        after.recordIntent(next);
        assertThat(FileJobJournal.open(journal, java.time.Clock.systemUTC(), java.time.Duration.ZERO).compact())
                .as("the next compaction archives the ten settled records").isEqualTo(10);
        FileJobJournal compacted = FileJobJournal.open(journal);
        assertThat(compacted.liveSize()).isEqualTo(11);
        assertThat(compacted.size()).isEqualTo(21);
        for (JournalRecord m : made) {
            assertThat(compacted.find(m.key())).as(m.key().value()).contains(m);
        }
    }
}
