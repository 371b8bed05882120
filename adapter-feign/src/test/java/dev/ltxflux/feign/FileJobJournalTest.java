package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJobJournalTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void entriesSurviveANewInstanceAndATornLastLine() throws Exception {
        Path file = dir.resolve("nested/jobs.log");
        new FileJobJournal(file).record(new JournalEntry(new JobId("email:a@b.c-job:1-type:image"), AT, "tab\there"));
        Files.writeString(file, "2026-01-01T00:00:00Z\t%20\tblank id\n2026-01-0", StandardOpenOption.APPEND);
        assertThat(new FileJobJournal(file).entries()).singleElement().satisfies(e -> {
            assertThat(e.jobId().value()).isEqualTo("email:a@b.c-job:1-type:image");
            assertThat(e.label()).isEqualTo("tab\there");
        });
    }

    @Test
    void hostileIdsCannotForgeLinesAndReadBackExactly() throws Exception {
        Path file = dir.resolve("jobs.log");
        String forged = "x\n2026-01-01T00:00:00Z\tforged-job\tlabel\r\u001b[31mred\u009b%41\u202e";
        FileJobJournal journal = new FileJobJournal(file);
        journal.record(new JournalEntry(new JobId(forged), AT, "l\nabel\t%"));
        journal.record(new JournalEntry(new JobId("plain"), AT, "ok"));
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2)
                .allSatisfy(line -> assertThat(line.chars().filter(c -> c == '\t').count()).isEqualTo(2))
                .allSatisfy(line -> assertThat(line).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u009b"));
        assertThat(new FileJobJournal(file).entries()).extracting(e -> e.jobId().value()).containsExactly(forged, "plain");
        assertThat(new FileJobJournal(file).entries().get(0).label()).isEqualTo("l\nabel\t%");
    }

    @Test
    void aWriteThatFailsIsAJournalWriteExceptionNamingTheJob() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        JournalWriteException e = catchThrowableOfType(JournalWriteException.class, () ->
                new FileJobJournal(notAFolder.resolve("jobs.log")).record(new JournalEntry(new JobId("job-1"), AT, "")));
        assertThat(e.jobId()).contains(new JobId("job-1"));
        assertThat(catchThrowableOfType(JournalWriteException.class,
                () -> new FileJobJournal(notAFolder.resolve("jobs.log")).checkWritable())).hasMessageContaining("not writable");
    }
}
