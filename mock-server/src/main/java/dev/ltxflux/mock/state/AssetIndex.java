package dev.ltxflux.mock.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;

/**
 * The uploads and job artifacts of every account, by account and time (newest first), for {@code GET assets/}. Kept in
 * step by {@link UploadStore} and {@link JobRegistry} (adds, restores, evictions, resets). Thread-safe.
 */
public final class AssetIndex {

    /** Newest first; at the same instant a job's artifact before the upload it was made from (it came later). */
    private static final Comparator<IndexedAsset> NEWEST_FIRST = Comparator.comparing(IndexedAsset::createdAt).reversed()
            .thenComparing(a -> a.jobId() == null).thenComparing(IndexedAsset::id);

    private final Map<String, NavigableSet<IndexedAsset>> byAccount = new ConcurrentHashMap<>();

    void add(IndexedAsset asset) {
        byAccount.computeIfAbsent(asset.account(), a -> new ConcurrentSkipListSet<>(NEWEST_FIRST)).add(asset);
    }

    void remove(IndexedAsset asset) {
        NavigableSet<IndexedAsset> set = byAccount.get(asset.account());
        if (set != null) {
            set.remove(asset);
        }
    }

    void clear() {
        byAccount.clear();
    }

    /**
     * One page of the account's assets that pass {@code visible}, newest first, with the number that pass in all.
     *
     * @param page  from 1
     * @param limit items per page, 1 or more
     */
    public Page page(String account, int page, int limit, Predicate<IndexedAsset> visible) {
        NavigableSet<IndexedAsset> set = byAccount.get(account);
        return set == null ? new Page(new ArrayList<>(), 0) : pageOf(set, page, limit, visible);
    }

    /** One page of every account's assets that pass {@code visible}, newest first (the admin API's view of them all). */
    public Page pageAll(int page, int limit, Predicate<IndexedAsset> visible) {
        List<IndexedAsset> all = new ArrayList<>();
        byAccount.values().forEach(all::addAll);
        all.sort(NEWEST_FIRST);
        return pageOf(all, page, limit, visible);
    }

    /** Page {@code page} of {@code limit} of the {@code visible} entries of {@code ordered}, and how many are visible. */
    private static Page pageOf(Iterable<IndexedAsset> ordered, int page, int limit, Predicate<IndexedAsset> visible) {
        List<IndexedAsset> items = new ArrayList<>();
        long skip = (long) (page - 1) * limit;
        int total = 0;
        for (IndexedAsset a : ordered) {
            if (!visible.test(a)) {
                continue;
            }
            if (total >= skip && items.size() < limit) {
                items.add(a);
            }
            total++;
        }
        return new Page(items, total);
    }

    /** How many entries the index holds for the account (whatever their visibility). */
    public int count(String account) {
        NavigableSet<IndexedAsset> set = byAccount.get(account);
        return set == null ? 0 : set.size();
    }

    /**
     * A page of the index.
     *
     * @param items the page's entries
     * @param total the visible entries in all
     */
    public record Page(List<IndexedAsset> items, int total) {
    }

    /** For eviction: every entry made before {@code cutoff} goes. */
    void removeCreatedBefore(Instant cutoff) {
        byAccount.values().forEach(s -> s.removeIf(a -> a.createdAt().isBefore(cutoff)));
    }
}
