package dev.ltxflux.journal.file;

import java.nio.charset.StandardCharsets;

/**
 * A map from 64-bit hashes to file offsets in two plain {@code long[]} (open addressing, linear probing, at most half
 * full): 16 to 32 bytes an entry and no object per entry, so the archive's index of a million records loads in a blink.
 * A later put of the same hash replaces the earlier offset. Not thread-safe: its journal guards it.
 */
final class HashSlots {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long[] hashes;
    private long[] offsets;
    private int size;

    /** Room for {@code expected} entries before it grows. */
    HashSlots(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, Math.min(expected, 1 << 28)) * 2 - 1) << 1;
        hashes = new long[capacity];
        offsets = new long[capacity];
    }

    /** The FNV-1a hash of {@code text}'s UTF-8 bytes, never 0 (0 marks a free slot). */
    static long hash(String text) {
        long h = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= FNV_PRIME;
        }
        return h == 0 ? 1 : h;
    }

    void put(long hash, long offset) {
        if ((size + 1) * 2 > hashes.length) {
            grow();
        }
        int at = slot(hash, hashes);
        if (hashes[at] == 0) {
            hashes[at] = hash;
            size++;
        }
        offsets[at] = offset;
    }

    /** The offset put for {@code hash}, or -1. */
    long get(long hash) {
        int at = slot(hash, hashes);
        return hashes[at] == 0 ? -1 : offsets[at];
    }

    int size() {
        return size;
    }

    private static int slot(long hash, long[] table) {
        int mask = table.length - 1;
        int at = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[at] != 0 && table[at] != hash) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldOffsets = offsets;
        hashes = new long[oldHashes.length * 2];
        offsets = new long[oldHashes.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int at = slot(oldHashes[i], hashes);
                hashes[at] = oldHashes[i];
                offsets[at] = oldOffsets[i];
            }
        }
    }

    @Override
    public String toString() {
        return "HashSlots[" + size + " of " + hashes.length + "]";
    }
}
