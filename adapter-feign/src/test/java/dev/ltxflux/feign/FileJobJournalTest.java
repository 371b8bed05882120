package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JournalEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJobJournalTest {

    @TempDir
    Path dir;

    @Test
    void entriesSurviveANewInstanceAndATornLastLine() throws Exception {
        Path file = dir.resolve("nested/jobs.log");
        new FileJobJournal(file).record(new JournalEntry(new JobId("email:a@b.c-job:1-type:image"), Instant.parse("2026-01-01T00:00:00Z"), "tab\there"));
        Files.writeString(file, "2026-01-0", StandardOpenOption.APPEND);
        assertThat(new FileJobJournal(file).entries()).singleElement().satisfies(e -> {
            assertThat(e.jobId().value()).isEqualTo("email:a@b.c-job:1-type:image");
            assertThat(e.label()).isEqualTo("tab here");
        });
    }
}
