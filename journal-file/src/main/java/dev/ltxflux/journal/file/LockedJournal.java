package dev.ltxflux.journal.file;

import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.job.JobId;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a {@link FileJobJournal} reaches its file: one thread of the JVM at a time (a monitor per file), under the file
 * lock of {@code <journal>.lock} (shared to read, exclusive to write), always on the file now at the path (opened only
 * once the lock is held), with the live index caught up first; and, once enough more records have
 * settled, a compaction after a write.
 */
final class LockedJournal {

    /** One monitor per file in this JVM: file locks belong to the process, so its threads take turns first. */
    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path lockFile;
    private final Object monitor;
    private final Supplier<Instant> cutoff;
    private final int compactEvery;
    private final Consumer<String> steps;
    private final LiveFile live = new LiveFile();
    private final JournalArchive archive;
    private int settledAtLastCheck;

    LockedJournal(Path file, Supplier<Instant> cutoff, int compactEvery, Consumer<String> steps) {
        this.file = file;
        this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
        this.monitor = MONITORS.computeIfAbsent(file, f -> new Object());
        this.cutoff = cutoff;
        this.compactEvery = compactEvery;
        this.steps = steps;
        this.archive = new JournalArchive(file);
    }

    LiveFile live() {
        return live;
    }

    JournalArchive archive() {
        return archive;
    }

    /** A look-up that may fail on the file. */
    @FunctionalInterface
    interface Lookup<T> {
        T get() throws IOException;
    }

    /** A step that may fail on the file. */
    @FunctionalInterface
    interface Step<T> {
        T run(FileChannel channel) throws IOException;
    }

    @SuppressWarnings("try") // the lock is held for the block, never referenced
    <T> T read(Lookup<T> lookup) {
        T result;
        boolean due;
        synchronized (monitor) {
            try {
                if (!Files.exists(file)) {
                    return lookup.get();
                }
                result = locked(false, channel -> lookup.get());
                due = compactionDue();
            } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
                throw new JournalWriteException("cannot read the job journal " + file + " (" + e + ")", null, e);
            }
        }
        if (due) {
            try {
                write(null, channel -> null); // the write path compacts
            } catch (JournalWriteException readOnly) {
                synchronized (monitor) { // a journal this process may only read is archived by one that may write
                    settledAtLastCheck = live.index().settled();
                }
            }
        }
        return result;
    }

    <T> T write(JobId job, Step<T> change) {
        synchronized (monitor) {
            try {
                Files.createDirectories(file.getParent());
                return locked(true, channel -> {
                    T result = change.run(channel);
                    if (compactionDue()) {
                        compact(channel);
                    }
                    return result;
                });
            } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
                throw new JournalWriteException("cannot write the job journal " + file + " (" + e + ")", job, e);
            }
        }
    }

    /** Archives what settled before the cutoff now; how many records it archived. */
    int compact() {
        synchronized (monitor) {
            try {
                Files.createDirectories(file.getParent());
                return locked(true, this::compact);
            } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
                throw new JournalWriteException("cannot archive the job journal " + file + " (" + e + ")", null, e);
            }
        }
    }

    /** Compacts through {@code channel} (current, locked); afterwards the live index holds the new file. */
    private int compact(FileChannel channel) throws IOException {
        int archived = Compaction.run(file, channel, live, archive, cutoff.get(), steps);
        settledAtLastCheck = live.index().settled();
        return archived;
    }

    /**
     * Runs {@code step} on the journal under the lock of {@code <journal>.lock}, a file that is never replaced: the
     * journal itself is opened only once the lock is held, so it is always the file now at the path (a compaction,
     * which runs under the same lock, may have replaced it a moment before). The journal's own channel is never locked:
     * POSIX drops every lock a process holds on a file when any of its channels to that file closes. A journal in a
     * folder this process may not write, with no lock file yet, is read under a shared lock on the journal itself.
     */
    @SuppressWarnings("try") // the lock is held for the block, never referenced
    private <T> T locked(boolean exclusive, Step<T> step) throws IOException {
        FileChannel lockChannel;
        try {
            lockChannel = exclusive || !Files.exists(lockFile)
                    ? FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(lockFile, StandardOpenOption.READ);
        } catch (java.nio.file.FileSystemException e) { // no right to create the lock file (a read-only folder)
            if (exclusive) {
                throw e;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                    FileLock lock = channel.lock(0, Long.MAX_VALUE, true)) {
                live.catchUp(channel);
                return step.run(channel);
            }
        }
        try (lockChannel; FileLock lock = lockChannel.lock(0, Long.MAX_VALUE, !exclusive);
                FileChannel channel = exclusive
                        ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                        : FileChannel.open(file, StandardOpenOption.READ)) {
            live.catchUp(channel);
            return step.run(channel);
        }
    }

    private boolean compactionDue() {
        return live.index().settled() - settledAtLastCheck >= compactEvery;
    }

}
