package dev.ltxflux.journal.file;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where compaction moves a journal's settled records (finished or abandoned longer than the retention): two
 * append-only files beside the journal. {@code <journal>.archive} holds their lines in the journal's own format;
 * {@code <journal>.archive-index} holds, per archived line, 24 bytes: the hash of its key, the hash of its job id (0
 * when none) and the line's offset in the archive. A look-up that the live journal cannot answer loads the index (24
 * bytes an entry, read into {@link HashSlots}, once per process and then only what was appended since), reads the one
 * line it points to and checks its key or job id: the archive is never parsed as a whole.
 *
 * <p>Archived records are settled for good (no move leaves finished or abandoned), so a found line is final; a key
 * archived twice (a compaction killed before it replaced the journal, then run again) finds the later, identical copy.
 * Appends run under the journal's exclusive lock; a line or index entry torn by a crash is ignored, and the next append
 * starts past it. Not thread-safe: its journal guards it.
 */
final class JournalArchive {

    static final int ENTRY = 24;

    private final Path lines;
    private final Path index;
    private HashSlots byKey;
    private HashSlots byJob;
    private long indexFolded;

    JournalArchive(Path journal) {
        this.lines = journal.resolveSibling(journal.getFileName() + ".archive");
        this.index = journal.resolveSibling(journal.getFileName() + ".archive-index");
    }

    Path lines() {
        return lines;
    }

    Path index() {
        return index;
    }

    /** Appends {@code records} (lines first, forced, then their index entries, forced). */
    void append(List<JournalRecord> records) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        long[] at = new long[records.size()];
        try (FileChannel out = FileChannel.open(lines, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long end = out.size();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            if (end > 0 && lastByte(out, end) != '\n') {
                text.write('\n'); // a line torn by a crash stays torn; ours starts on a line of its own
            }
            for (int i = 0; i < records.size(); i++) {
                at[i] = end + text.size();
                text.writeBytes(JournalIndex.recordLine(records.get(i)).getBytes(StandardCharsets.UTF_8));
            }
            writeFully(out, ByteBuffer.wrap(text.toByteArray()), end);
            out.force(true);
        }
        try (FileChannel out = FileChannel.open(index, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long whole = out.size() - out.size() % ENTRY; // drops an entry torn by a crash
            out.truncate(whole);
            ByteBuffer entries = ByteBuffer.allocate(records.size() * ENTRY);
            for (int i = 0; i < records.size(); i++) {
                JournalRecord r = records.get(i);
                entries.putLong(HashSlots.hash(r.key().value()))
                        .putLong(r.jobId().map(j -> HashSlots.hash(j.value())).orElse(0L)).putLong(at[i]);
            }
            entries.flip();
            writeFully(out, entries, whole);
            out.force(true);
        }
    }

    Optional<JournalRecord> find(IntentKey key) throws IOException {
        catchUp();
        return read(byKey.get(HashSlots.hash(key.value()))).filter(r -> r.key().equals(key));
    }

    Optional<JournalRecord> findByJob(JobId job) throws IOException {
        catchUp();
        return read(byJob.get(HashSlots.hash(job.value()))).filter(r -> r.jobId().filter(job::equals).isPresent());
    }

    /** Every archived record, one per key (the later copy of a key archived twice): see {@link ArchiveListing}. */
    Map<IntentKey, JournalRecord> records() throws IOException {
        return Files.exists(index) && Files.exists(lines) ? ArchiveListing.read(lines, index) : new HashMap<>();
    }

    /** Distinct keys archived (by hash). */
    int size() throws IOException {
        catchUp();
        return byKey.size();
    }

    /** True when {@code key} was archived (by hash: a key whose hash another archived key shares says true too). */
    boolean holds(IntentKey key) throws IOException {
        catchUp();
        return byKey.get(HashSlots.hash(key.value())) >= 0;
    }

    boolean exists() {
        return Files.exists(index);
    }

    /** Folds in the index entries appended since the last look (by any process). */
    private void catchUp() throws IOException {
        if (!Files.exists(index)) {
            if (byKey == null) {
                byKey = new HashSlots(0);
                byJob = new HashSlots(0);
            }
            return;
        }
        if (byKey == null) {
            int entries = (int) Math.min(Files.size(index) / ENTRY, Integer.MAX_VALUE / 4);
            byKey = new HashSlots(entries);
            byJob = new HashSlots(entries);
            indexFolded = 0;
        }
        try (FileChannel in = FileChannel.open(index, StandardOpenOption.READ)) {
            long whole = in.size() - in.size() % ENTRY;
            ByteBuffer buffer = ByteBuffer.allocate(ENTRY * 8192);
            while (indexFolded < whole) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), whole - indexFolded));
                int n = 0;
                while (buffer.hasRemaining()) {
                    int got = in.read(buffer, indexFolded + n);
                    if (got < 0) {
                        throw new IOException("the archive index " + index + " shrank while read");
                    }
                    n += got;
                }
                buffer.flip();
                while (buffer.remaining() >= ENTRY) {
                    long keyHash = buffer.getLong();
                    long jobHash = buffer.getLong();
                    long offset = buffer.getLong();
                    byKey.put(keyHash, offset);
                    if (jobHash != 0) {
                        byJob.put(jobHash, offset);
                    }
                }
                indexFolded += n;
            }
        }
    }

    /** The record on the archive line starting at {@code offset} (-1: none). */
    private Optional<JournalRecord> read(long offset) throws IOException {
        if (offset < 0) {
            return Optional.empty();
        }
        try (FileChannel in = FileChannel.open(lines, StandardOpenOption.READ)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            for (long at = offset; ; ) {
                buffer.clear();
                int n = in.read(buffer, at);
                if (n <= 0) {
                    return Optional.empty(); // no line end: torn, never indexed as whole
                }
                for (int i = 0; i < n; i++) {
                    if (buffer.get(i) == '\n') {
                        line.write(buffer.array(), 0, i);
                        return JournalIndex.parseRecord(line.toString(StandardCharsets.UTF_8));
                    }
                }
                line.write(buffer.array(), 0, n);
                at += n;
            }
        }
    }

    private static int lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        return channel.read(one, size - 1) == 1 ? one.get(0) : -1;
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes, long at) throws IOException {
        long position = at;
        while (bytes.hasRemaining()) {
            position += out.write(bytes, position);
        }
    }
}
