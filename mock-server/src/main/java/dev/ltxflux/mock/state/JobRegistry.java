package dev.ltxflux.mock.state;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The jobs, by id and by uuid, until they expire. Thread-safe. */
public final class JobRegistry {

    private final Map<String, MockJob> byId = new ConcurrentHashMap<>();
    private final Map<String, MockJob> byUuid = new ConcurrentHashMap<>();
    /** The order jobs were added in: {@link #all()} lists them so (on a frozen clock they share one createdAt). */
    private final Map<String, Long> order = new ConcurrentHashMap<>();
    private final AtomicLong added = new AtomicLong();

    void add(MockJob job) {
        order.put(job.id(), added.incrementAndGet());
        byId.put(job.id(), job);
        byUuid.put(job.uuid(), job);
    }

    /** The job with that id, whatever its age (the caller applies the retention). */
    Optional<MockJob> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<MockJob> byUuid(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    /** Every job held, in the order they were added. */
    public Collection<MockJob> all() {
        return byId.values().stream().sorted(Comparator.comparingLong(j -> order.getOrDefault(j.id(), Long.MAX_VALUE)))
                .toList();
    }

    public int count() {
        return byId.size();
    }

    /** Removes the jobs created before {@code cutoff}, telling {@code removed} about each. */
    void evictCreatedBefore(Instant cutoff, Consumer<MockJob> removed) {
        byId.values().removeIf(j -> j.createdAt().isBefore(cutoff));
        order.keySet().removeIf(id -> !byId.containsKey(id));
        byUuid.values().removeIf(j -> {
            boolean gone = j.createdAt().isBefore(cutoff);
            if (gone) {
                removed.accept(j);
            }
            return gone;
        });
    }

    void clear() {
        byId.clear();
        order.clear();
        byUuid.clear();
    }
}
