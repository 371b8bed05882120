package dev.ltxflux.mock.state;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last {@value #CAPACITY} requests, written on every API request without a lock (a ring of slots claimed by an
 * atomic counter), so concurrent requests never queue on a monitor here. A reader racing a writer may miss the newest
 * entry; nothing else is lost.
 */
public final class RequestLog {

    public static final int CAPACITY = 512;

    private final AtomicReferenceArray<RequestRecord> slots = new AtomicReferenceArray<>(CAPACITY);
    private final AtomicLong next = new AtomicLong();

    /** Adds {@code record}; returns its slot, for {@link #replace}. */
    public int add(RequestRecord record) {
        int slot = (int) (next.getAndIncrement() & (CAPACITY - 1));
        slots.set(slot, record);
        return slot;
    }

    /** Puts {@code newer} in place of {@code record}, unless its slot was cleared or reused since it was added. */
    public void replace(int slot, RequestRecord record, RequestRecord newer) {
        slots.compareAndSet(slot, record, newer);
    }

    /** Oldest first. */
    public List<RequestRecord> all() {
        long end = next.get();
        List<RequestRecord> out = new ArrayList<>();
        for (long i = Math.max(0, end - CAPACITY); i < end; i++) {
            RequestRecord r = slots.get((int) (i & (CAPACITY - 1)));
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    public void clear() {
        for (int i = 0; i < CAPACITY; i++) {
            slots.set(i, null);
        }
    }
}
