package dev.ltxflux.journal.file;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journal's records, live and archived together: look-ups that fall back to the archive, the count of both, and
 * the listing of all ({@link FileJobJournal#all}), the one place that reads a {@link JournalArchive} front to back
 * rather than through its index. Its callers hold the journal's lock.
 */
final class ArchiveListing {

    private ArchiveListing() {
    }

    /** The record of {@code key}: live if it is, else archived. */
    static Optional<JournalRecord> find(JournalIndex live, JournalArchive archive, IntentKey key) throws IOException {
        Optional<JournalRecord> found = live.find(key);
        return found.isPresent() || !archive.exists() ? found : archive.find(key);
    }

    /** The record of the job {@code jobId}: live if it is, else archived. */
    static Optional<JournalRecord> findByJob(JournalIndex live, JournalArchive archive, JobId jobId) throws IOException {
        Optional<JournalRecord> found = live.findByJob(jobId);
        return found.isPresent() || !archive.exists() ? found : archive.findByJob(jobId);
    }

    /** How many keys {@code live} and {@code archive} hold together (a key in both counted once). */
    static int count(JournalIndex live, JournalArchive archive) throws IOException {
        int n = live.size();
        if (!archive.exists()) {
            return n;
        }
        int alsoLive = 0;
        for (JournalRecord r : live.records()) {
            alsoLive += archive.holds(r.key()) ? 1 : 0;
        }
        return n + archive.size() - alsoLive;
    }

    /**
     * The newest {@code limit} records of {@code live} and {@code archive}, newest intent first: a key still live (a
     * compaction killed before it replaced the journal leaves its archived copy behind) is listed as it stands live.
     */
    static List<JournalRecord> merge(JournalIndex live, JournalArchive archive, int limit) throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        List<JournalRecord> merged = new ArrayList<>(live.recent(Integer.MAX_VALUE));
        if (archive.exists()) {
            for (JournalRecord archived : archive.records().values()) {
                if (live.find(archived.key()).isEmpty()) {
                    merged.add(archived);
                }
            }
            merged.sort(Comparator.comparing(JournalRecord::intendedAt).reversed()); // stable: live order kept
        }
        return List.copyOf(merged.subList(0, Math.min(limit, merged.size())));
    }

    /**
     * Every archived record in {@code lines}, one per key (the later copy of a key archived twice), in no particular
     * order. Reads {@code index} and then the archive once, front to back, keeping only lines the index points to (a line whose index entry a
     * crash cut off, or a torn line, is not listed: its record is still live).
     */
    static Map<IntentKey, JournalRecord> read(Path lines, Path index) throws IOException {
        Map<IntentKey, JournalRecord> found = new HashMap<>();
        long[] starts = indexedOffsets(index);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(lines), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long at = 0;
            long lineStart = 0;
            int next = 0;
            for (int b; (b = in.read()) >= 0; at++) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                while (next < starts.length && starts[next] < lineStart) {
                    next++;
                }
                if (next < starts.length && starts[next] == lineStart) {
                    JournalIndex.parseRecord(line.toString(StandardCharsets.UTF_8)).ifPresent(r -> found.put(r.key(), r));
                }
                line.reset();
                lineStart = at + 1;
            }
        }
        return found;
    }

    /** The archive offsets of every whole index entry, sorted. */
    private static long[] indexedOffsets(Path index) throws IOException {
        try (FileChannel in = FileChannel.open(index, StandardOpenOption.READ)) {
            long whole = in.size() - in.size() % JournalArchive.ENTRY;
            long[] starts = new long[(int) Math.min(whole / JournalArchive.ENTRY, Integer.MAX_VALUE - 8)];
            ByteBuffer buffer = ByteBuffer.allocate(JournalArchive.ENTRY * 8192);
            int n = 0;
            for (long at = 0; at < whole && n < starts.length; ) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), whole - at));
                while (buffer.hasRemaining()) {
                    if (in.read(buffer, at + buffer.position()) < 0) {
                        throw new IOException("the archive index " + index + " shrank while read");
                    }
                }
                at += buffer.position();
                buffer.flip();
                while (buffer.remaining() >= JournalArchive.ENTRY && n < starts.length) {
                    buffer.getLong();
                    buffer.getLong();
                    starts[n++] = buffer.getLong();
                }
            }
            long[] read = n == starts.length ? starts : Arrays.copyOf(starts, n);
            Arrays.sort(read);
            return read;
        }
    }

}
