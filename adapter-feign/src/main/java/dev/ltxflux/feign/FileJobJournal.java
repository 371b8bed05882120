package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JournalEntry;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.Objects;
import java.util.Optional;

/**
 * A job journal in a text file: one line per submitted job ({@code <instant> TAB <jobId> TAB <label>}), appended and
 * forced to disk before anyone waits on the job, so a crash or Ctrl-C loses no paid job id. Thread-safe in one JVM.
 *
 * <p>Ids and labels are written percent-encoded where they hold {@code %}, a control character (tab, line breaks, ANSI
 * escapes) or a bidi override, so a hostile job id can neither forge a line nor reach a terminal raw; they read back
 * exactly. A write that fails raises a {@link JournalWriteException} naming the job; the file is created with the
 * process umask.
 */
public final class FileJobJournal implements JobJournalPort {

    private final Path file;
    private volatile JobId lastRecorded;

    public FileJobJournal(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    /** The job this instance was last asked to record (whether or not the write succeeded), if any. */
    public Optional<JobId> lastRecorded() {
        return Optional.ofNullable(lastRecorded);
    }

    /**
     * Checks now that the journal can be written (its folder created, the file opened for appending), so that a caller
     * finds out before it pays for a job.
     *
     * @throws JournalWriteException when it cannot
     */
    public synchronized void checkWritable() {
        try {
            Files.createDirectories(file.getParent());
            // opened for append (created if need be), then closed at once: the file is writable
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
        } catch (IOException | SecurityException e) {
            throw new JournalWriteException("the job journal " + file + " is not writable (" + e + ")", null, e);
        }
    }

    @Override
    public synchronized void record(JournalEntry entry) {
        lastRecorded = entry.jobId();
        String line = entry.submittedAt() + "\t" + encode(entry.jobId().value()) + "\t" + encode(entry.label()) + "\n";
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
        } catch (IOException | SecurityException e) {
            throw new JournalWriteException("cannot journal the job in " + file + " (" + e + ")", entry.jobId(), e);
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
                        entries.add(new JournalEntry(new JobId(decode(parts[1])), Instant.parse(parts[0]),
                                parts.length > 2 ? decode(parts[2]) : ""));
                    } catch (DateTimeParseException | IllegalArgumentException | InvalidRequestException skipped) {
                        // a torn last line (crash mid-write) or an unreadable one is skipped, never fatal
                    }
                }
            }
        } catch (IOException e) {
            throw new JournalWriteException("cannot read the job journal " + file + " (" + e + ")", null, e);
        }
        return entries;
    }

    /** {@code %}, control characters and bidi overrides as {@code %XX} of their UTF-8 bytes; the rest as it is. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '%' || dev.ltxflux.core.error.SafeText.unsafe(c)) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length
                    && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
