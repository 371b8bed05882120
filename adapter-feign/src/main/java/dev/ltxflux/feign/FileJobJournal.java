package dev.ltxflux.feign;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JournalEntry;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A job journal in a text file: one line per submitted job ({@code <instant> TAB <jobId> TAB <label>}), appended and
 * forced to disk before anyone waits on the job, so a crash or Ctrl-C loses no paid job id. Thread-safe in one JVM.
 */
public final class FileJobJournal implements JobJournalPort {

    private final Path file;

    public FileJobJournal(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void record(JournalEntry entry) {
        String line = entry.submittedAt() + "\t" + entry.jobId().value() + "\t" + entry.label().replaceAll("[\\t\\r\\n]", " ") + "\n";
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot journal job " + entry.jobId() + " in " + file, e);
        }
    }

    @Override
    public synchronized List<JournalEntry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<JournalEntry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length >= 2 && !parts[1].isBlank()) {
                    try {
                        entries.add(new JournalEntry(new JobId(parts[1]), Instant.parse(parts[0]), parts.length > 2 ? parts[2] : ""));
                    } catch (DateTimeParseException skipped) {
                        // a torn last line (crash mid-write) is skipped, never fatal
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job journal " + file, e);
        }
        return entries;
    }
}
