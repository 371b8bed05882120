package dev.ltxflux.mock.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A bounded, thread-safe log (webhook deliveries, strict-mode drifts): the oldest entries fall off. */
public final class EventLog<T> {

    private final int capacity;
    private final Deque<T> entries = new ArrayDeque<>();

    public EventLog(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(T entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<T> all() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
