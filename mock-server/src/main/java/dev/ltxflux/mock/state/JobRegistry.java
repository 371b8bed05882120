package dev.ltxflux.mock.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The jobs, by id and by uuid, until they expire, and each account's unfinished tracked jobs: the one truth that the 429
 * rule, {@code GET scheduler} and {@code scheduler/available} read (restored jobs included, since they are added here
 * too). Thread-safe.
 */
public final class JobRegistry {

    private final Map<String, MockJob> byId = new ConcurrentHashMap<>();
    private final Map<String, MockJob> byUuid = new ConcurrentHashMap<>();
    /** Per account, the jobs that may still be running (finished and untracked ones are pruned as they are seen). */
    private final Map<String, Set<MockJob>> unfinished = new ConcurrentHashMap<>();
    private final AssetIndex index;

    public JobRegistry() {
        this(new AssetIndex());
    }

    JobRegistry(AssetIndex index) {
        this.index = index;
    }
    /** The order jobs were added in: {@link #all()} lists them so (on a frozen clock they share one createdAt). */
    private final Map<String, Long> order = new ConcurrentHashMap<>();
    private final AtomicLong added = new AtomicLong();

    void add(MockJob job) {
        order.put(job.id(), added.incrementAndGet());
        byId.put(job.id(), job);
        byUuid.put(job.uuid(), job);
        unfinished.computeIfAbsent(job.account(), a -> ConcurrentHashMap.newKeySet()).add(job);
        index.add(IndexedAsset.of(job));
    }

    /**
     * The account's running jobs at {@code now}: active and still tracked (not stopped by {@code DELETE scheduler}),
     * first to end first.
     */
    public List<MockJob> running(String account, Instant now) {
        Set<MockJob> set = unfinished.get(account);
        if (set == null) {
            return List.of();
        }
        set.removeIf(j -> !j.tracked() || j.phaseAt(now) != MockJob.Phase.ACTIVE);
        List<MockJob> out = new ArrayList<>(set);
        out.sort(Comparator.comparing(MockJob::completesAt));
        return out;
    }

    /** Every account's running jobs at {@code now}, oldest first. */
    public List<MockJob> running(Instant now) {
        List<MockJob> out = new ArrayList<>();
        for (String account : List.copyOf(unfinished.keySet())) {
            out.addAll(running(account, now));
        }
        out.sort(Comparator.comparing(MockJob::createdAt));
        return out;
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
        unfinished.values().forEach(s -> s.removeIf(j -> j.createdAt().isBefore(cutoff)));
        order.keySet().removeIf(id -> !byId.containsKey(id));
        byUuid.values().removeIf(j -> {
            boolean gone = j.createdAt().isBefore(cutoff);
            if (gone) {
                index.remove(IndexedAsset.of(j));
                removed.accept(j);
            }
            return gone;
        });
    }

    void clear() {
        byId.clear();
        order.clear();
        byUuid.clear();
        unfinished.clear();
    }
}
