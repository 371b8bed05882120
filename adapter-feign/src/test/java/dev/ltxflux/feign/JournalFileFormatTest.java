package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The journal's line format: what is escaped, what is read back, what is skipped, and when it says it cannot write. */
class JournalFileFormatTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    static Stream<Arguments> escapes() {
        return Stream.of(Arguments.of("plain text é ✓", "plain text é ✓"), Arguments.of("100%", "100%25"),
                Arguments.of("a\u0000b", "a%00b"), Arguments.of("\u001b[1m", "%1B[1m"), Arguments.of("\u007f", "%7F"),
                Arguments.of("\u0085", "%C2%85"), Arguments.of("\u202e", "%E2%80%AE"), Arguments.of("\u2066", "%E2%81%A6"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void percentControlCharactersAndBidiOverridesAreWrittenAsUpperHexUtf8Bytes(String text, String written) {
        assertThat(FileJobJournal.encode(text)).isEqualTo(written);
        assertThat(FileJobJournal.decode(written)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "%|%",
            "50%|50%",
            "%4|%4",
            "%4g|%4g",
            "%g4|%g4",
            "a%2|a%2",
            "%41%|A%",
            "%41|A",
            "%e2%80%ae|\u202e",
    })
    void decodingLeavesIncompleteOrNonHexEscapesAsTheyAre(String written, String read) {
        assertThat(FileJobJournal.decode(written)).isEqualTo(read);
    }

    @Test
    void aLineIsInstantTabIdTabLabel() throws Exception {
        Path file = dir.resolve("jobs.log");
        new FileJobJournal(file).record(new JournalEntry(new JobId("job-1"), AT, "a label"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("2026-01-01T00:00:00Z\tjob-1\ta label\n");
    }

    @Test
    void aLineWithoutLabelReadsBackWithAnEmptyLabel() throws Exception {
        Path file = Files.writeString(dir.resolve("jobs.log"), "2026-01-01T00:00:00Z\tjob-1\n");
        assertThat(new FileJobJournal(file).entries()).singleElement().satisfies(e -> {
            assertThat(e.jobId().value()).isEqualTo("job-1");
            assertThat(e.submittedAt()).isEqualTo(AT);
            assertThat(e.label()).isEmpty();
        });
    }

    @Test
    void unreadableLinesAreSkippedAndTheRestRead() throws Exception {
        Path file = Files.writeString(dir.resolve("jobs.log"), String.join("\n",
                "not-an-instant\tjob-0\tx",
                "2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00Z\t \tblank id",
                "2026-01-01T00:00:00Z\tjob-2\tok",
                ""));
        assertThat(new FileJobJournal(file).entries()).extracting(e -> e.jobId().value()).containsExactly("job-2");
    }

    @Test
    void aJournalNotYetWrittenHasNoEntries() {
        assertThat(new FileJobJournal(dir.resolve("none/jobs.log")).entries()).isEmpty();
    }

    @Test
    void theFileIsHeldAbsoluteAndTheLastRecordedJobIsRemembered() {
        FileJobJournal journal = new FileJobJournal(Path.of("relative/jobs.log"));
        assertThat(journal.file().isAbsolute()).isTrue();
        assertThat(journal.lastRecorded()).isEmpty();
        FileJobJournal real = new FileJobJournal(dir.resolve("jobs.log"));
        real.record(new JournalEntry(new JobId("job-1"), AT, ""));
        real.record(new JournalEntry(new JobId("job-2"), AT, ""));
        assertThat(real.lastRecorded()).contains(new JobId("job-2"));
    }

    @Test
    void aJobWhoseWriteFailedIsStillTheLastRecorded() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        FileJobJournal journal = new FileJobJournal(notAFolder.resolve("jobs.log"));
        catchThrowableOfType(JournalWriteException.class, () -> journal.record(new JournalEntry(new JobId("job-9"), AT, "")));
        assertThat(journal.lastRecorded()).contains(new JobId("job-9"));
    }

    @Test
    void checkingWritabilityCreatesTheFolderAndAnEmptyFile() throws Exception {
        Path file = dir.resolve("a/b/jobs.log");
        new FileJobJournal(file).checkWritable();
        assertThat(file).exists().isEmptyFile();
    }

    @Test
    void checkingWritabilityKeepsWhatIsAlreadyThere() throws Exception {
        Path file = dir.resolve("jobs.log");
        FileJobJournal journal = new FileJobJournal(file);
        journal.record(new JournalEntry(new JobId("job-1"), AT, ""));
        journal.checkWritable();
        assertThat(journal.entries()).hasSize(1);
    }

    @Test
    void aJournalThatIsAFolderCannotBeReadAndSaysSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("jobs.log"));
        assertThat(catchThrowableOfType(JournalWriteException.class, () -> new FileJobJournal(folder).entries()))
                .hasMessageContaining("cannot read the job journal");
        assertThat(catchThrowableOfType(JournalWriteException.class, () -> new FileJobJournal(folder).checkWritable()))
                .hasMessageContaining("is not writable");
    }
}
