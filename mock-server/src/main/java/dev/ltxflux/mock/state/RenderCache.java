package dev.ltxflux.mock.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Rendered artifacts by job uuid, at most {@code capacity} of them; the least recently used go first. Thread-safe. */
public final class RenderCache {

    private final int capacity;
    private final Map<String, byte[]> entries;

    public RenderCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > RenderCache.this.capacity;
            }
        };
    }

    /** The cached render, or a new one from {@code render} (rendered outside the lock: renders run in parallel). */
    public byte[] get(String key, Supplier<byte[]> render) {
        synchronized (this) {
            byte[] hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] png = render.get();
        synchronized (this) {
            entries.put(key, png);
        }
        return png;
    }

    public synchronized int size() {
        return entries.size();
    }

    synchronized void remove(String key) {
        entries.remove(key);
    }

    synchronized void clear() {
        entries.clear();
    }
}
