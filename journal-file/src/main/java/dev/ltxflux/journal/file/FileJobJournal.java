package dev.ltxflux.journal.file;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The embedded job journal: an append-only text file, one line per change ({@code R} a record as it now stands,
 * {@code C} a claim), the last line of a key winning. Every write is appended and forced to disk under an exclusive
 * file lock, so the processes of one host share a journal safely; a compare-and-set ({@link #transition}) checks the
 * state under the same lock. Every look-up reads only what other processes appended since the last one (an in-memory
 * index holds the rest), so it does not grow with the journal's length; opening reads the file once.
 *
 * <p>Values are percent-encoded where they hold {@code %} or a control or bidi character, so none can forge a line or
 * reach a terminal raw; a line torn by a crash is skipped, and the next write starts on a line of its own. Journals of ltxflux 0.1 ({@code <instant> TAB <jobId> TAB <label>}) are
 * read as pending jobs keyed {@code legacy:<jobId>}. The file is created with the process umask. Not for a network
 * file system whose locks are advisory-only or absent; a fleet shares a database journal instead.
 */
public final class FileJobJournal implements JobJournalPort {

    /** One monitor per file in this JVM: file locks belong to the process, so its threads take turns first. */
    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object monitor;
    private final JournalIndex index = new JournalIndex();
    private long folded; // bytes of the file folded into the index (always at a line's end)
    private volatile IntentKey lastIntent;
    private volatile JobId lastJob;

    private FileJobJournal(Path file) {
        this.file = file;
        this.monitor = MONITORS.computeIfAbsent(file, f -> new Object());
    }

    /** The journal in {@code file} (created, with its folder, on the first write). */
    public static FileJobJournal open(Path file) {
        return new FileJobJournal(Objects.requireNonNull(file, "file").toAbsolutePath().normalize());
    }

    public Path file() {
        return file;
    }

    /**
     * Checks now that the journal can be written (its folder created, the file opened for appending and locked), so that
     * a caller finds out before it pays for a job.
     *
     * @throws JournalWriteException when it cannot
     */
    public void checkWritable() {
        write(null, channel -> null);
    }

    @Override
    public void recordIntent(JournalRecord intent) {
        if (intent.state() != JobState.INTENT) {
            throw new IllegalArgumentException("an intent must be in state intent, not " + intent.state().label());
        }
        lastIntent = intent.key();
        write(null, channel -> {
            Optional<JournalRecord> existing = index.find(intent.key());
            if (existing.isPresent()) {
                JournalRecord e = existing.get();
                throw new IntentExistsException(e.key().value(), e.state().label(), e.jobId().orElse(null));
            }
            append(channel, JournalIndex.recordLine(intent));
            return null;
        });
    }

    @Override
    public boolean transition(JobState expected, JournalRecord next) {
        next.jobId().ifPresent(id -> lastJob = id);
        return write(next.jobId().orElse(null), channel -> {
            Optional<JournalRecord> current = index.find(next.key());
            if (current.isEmpty() || current.get().state() != expected || !expected.mayMoveTo(next.state())) {
                return false;
            }
            append(channel, JournalIndex.recordLine(next));
            return true;
        });
    }

    @Override
    public Optional<JournalRecord> find(IntentKey key) {
        return read(() -> index.find(key));
    }

    @Override
    public Optional<JournalRecord> findByJob(JobId jobId) {
        return read(() -> index.findByJob(jobId));
    }

    @Override
    public List<JournalRecord> unfinished() {
        return read(index::unfinished);
    }

    @Override
    public List<JournalRecord> recent(int limit) {
        return read(() -> index.recent(limit));
    }

    @Override
    public boolean claim(IntentKey key, String owner, Instant now, Duration lease) {
        Objects.requireNonNull(owner, "owner");
        return write(null, channel -> {
            Optional<JournalIndex.Claim> held = index.claimAt(key, now);
            if (held.isPresent() && !held.get().owner().equals(owner)) {
                return false;
            }
            append(channel, JournalIndex.claimLine(key, owner, now.plus(lease)));
            return true;
        });
    }

    @Override
    public void release(IntentKey key, String owner) {
        write(null, channel -> {
            Optional<JournalIndex.Claim> held = index.claimAt(key, Instant.MIN);
            if (held.isPresent() && held.get().owner().equals(owner)) {
                append(channel, JournalIndex.claimLine(key, null, Instant.EPOCH));
            }
            return null;
        });
    }

    /** The intent this instance was last asked to record (written or not), if any. */
    public Optional<IntentKey> lastIntent() {
        return Optional.ofNullable(lastIntent);
    }

    /** The job this instance was last asked to journal (written or not), if any. */
    public Optional<JobId> lastJob() {
        return Optional.ofNullable(lastJob);
    }

    /** How many records the journal holds (for tests and benchmarks). */
    public int size() {
        return read(index::size);
    }

    @SuppressWarnings("try") // the lock is held for the block, never referenced
    private <T> T read(java.util.function.Supplier<T> lookup) {
        synchronized (monitor) {
            if (!Files.exists(file)) {
                return lookup.get();
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                    FileLock lock = channel.lock(0, Long.MAX_VALUE, true)) {
                catchUp(channel);
                return lookup.get();
            } catch (IOException | SecurityException e) {
                throw new JournalWriteException("cannot read the job journal " + file + " (" + e + ")", null, e);
            }
        }
    }

    @SuppressWarnings("try") // the lock is held for the block, never referenced
    private <T> T write(JobId job, Function<FileChannel, T> change) {
        synchronized (monitor) {
            try {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                    catchUp(channel);
                    return change.apply(channel);
                }
            } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
                throw new JournalWriteException("cannot write the job journal " + file + " (" + e + ")", job, e);
            }
        }
    }

    /** Appends {@code line} at the end, on a line of its own even after a torn one, forces it, and folds it in. */
    private void append(FileChannel channel, String line) {
        try {
            long end = channel.size();
            String text = end > folded ? "\n" + line : line;
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            long at = end;
            while (bytes.hasRemaining()) {
                at += channel.write(bytes, at);
            }
            channel.force(true);
            catchUp(channel);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Folds in every complete line appended since the last look (by any process). */
    private void catchUp(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < folded) {
            throw new IOException("the journal shrank from " + folded + " to " + size + " bytes while open");
        }
        if (size == folded) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size - folded, 1 << 20));
        long at = folded;
        byte[] pending = new byte[0];
        while (at < size) {
            buffer.clear();
            int n = channel.read(buffer, at);
            if (n <= 0) {
                break;
            }
            at += n;
            byte[] chunk = new byte[pending.length + n];
            System.arraycopy(pending, 0, chunk, 0, pending.length);
            System.arraycopy(buffer.array(), 0, chunk, pending.length, n);
            int start = 0;
            for (int i = 0; i < chunk.length; i++) {
                if (chunk[i] == '\n') {
                    index.apply(new String(chunk, start, i - start, StandardCharsets.UTF_8));
                    folded += i - start + 1;
                    start = i + 1;
                }
            }
            pending = java.util.Arrays.copyOfRange(chunk, start, chunk.length);
        }
    }

    @Override
    public String toString() {
        return "FileJobJournal[" + file + "]";
    }
}
