package dev.ltxflux.journal.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * What one journal instance has read of the live file: its index, how many bytes of the file it folded in, and the
 * file's generation. A compacted file starts with a header line {@code G TAB <generation>} (a fresh random value per
 * compaction; a journal never compacted has none); when the generation of the file under the lock is not the one
 * folded, another instance replaced the file, and the index is rebuilt from the new (short) file. Not thread-safe: its
 * journal guards it.
 */
final class LiveFile {

    static final String HEADER = "G\t";
    private static final int HEADER_MAX = 128;

    private JournalIndex index = new JournalIndex();
    private long folded; // bytes of the file folded into the index (always at a line's end)
    private String generation;
    private boolean stale = true;

    JournalIndex index() {
        return index;
    }

    /** The generation in the header of the file {@code channel} reads, or null (never compacted, or empty). */
    static String generation(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(HEADER_MAX);
        int n = channel.read(head, 0);
        return n <= 0 ? null : header(Arrays.copyOf(head.array(), n));
    }

    private static String header(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return text.startsWith(HEADER) && end > 0 ? text.substring(HEADER.length(), end) : null;
    }

    /** Folds in every complete line appended since the last look (by any process); rebuilds on a new generation. */
    void catchUp(FileChannel channel) throws IOException {
        String now = generation(channel);
        if (stale || !Objects.equals(now, generation)) {
            index = new JournalIndex();
            folded = 0;
            generation = now;
            stale = false;
        }
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
            pending = Arrays.copyOfRange(chunk, start, chunk.length);
        }
    }

    /** Appends {@code line} at the end, on a line of its own even after a torn one, forces it, and folds it in. */
    void append(FileChannel channel, String line) throws IOException {
        long end = channel.size();
        String text = end > folded ? "\n" + line : line;
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long at = end;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        channel.force(true);
        catchUp(channel);
    }
}
