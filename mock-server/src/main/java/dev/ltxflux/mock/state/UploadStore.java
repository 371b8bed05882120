package dev.ltxflux.mock.state;

import dev.ltxflux.mock.config.StorageSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploaded files until they expire, capped in count and bytes ({@link StorageSettings#maxStoredUploads()},
 * {@link StorageSettings#maxStoredUploadBytes()}: a full store answers 429), plus the preloaded example every account may use.
 * Thread-safe.
 */
public final class UploadStore {

    /** The account of uploads every account may use (the preloaded example); they never expire. */
    static final String SHARED = "*";

    private final Clock clock;
    private final Duration retention;
    private final int maxCount;
    private final long maxBytes;
    private final Map<String, StoredUpload> byFileId = new ConcurrentHashMap<>();
    private final Map<String, StoredUpload> byName = new ConcurrentHashMap<>();
    private final AssetIndex index;
    private long bytes;

    public UploadStore(Clock clock, Duration retention, StorageSettings limits) {
        this(clock, retention, limits, new AssetIndex());
    }

    UploadStore(Clock clock, Duration retention, StorageSettings limits, AssetIndex index) {
        this.index = index;
        this.clock = clock;
        this.retention = retention;
        this.maxCount = limits.maxStoredUploads();
        this.maxBytes = limits.maxStoredUploadBytes();
    }

    /** Keeps an upload; a 429 {@link Rejection} with the time until the oldest expires when the store is full. */
    public synchronized StoredUpload store(String account, String mimeType, byte[] content) {
        if (full(content.length)) {
            evictExpired();
            if (full(content.length)) {
                throw new Rejection(429, "Too many uploads kept: the mock holds at most " + maxCount + " uploads and " + maxBytes
                        + " bytes for the retention period; retry later", untilOldestExpires());
            }
        }
        String uuid = UUID.randomUUID().toString();
        StoredUpload upload = new StoredUpload("uploads/" + uuid, "asset:" + uuid + "-type:" + mimeType, account, mimeType, content,
                clock.instant());
        bytes += content.length;
        put(upload);
        return upload;
    }

    /** Takes back an upload an earlier run kept ({@link Snapshot}); false when its fileId is held, or it is expired or would not fit. */
    synchronized boolean restore(StoredUpload upload) {
        if (byFileId.containsKey(upload.fileId()) || !alive(upload) || full(upload.bytes().length)) {
            return false;
        }
        bytes += upload.bytes().length;
        put(upload);
        return true;
    }

    private boolean full(int more) {
        long own = byFileId.values().stream().filter(u -> !SHARED.equals(u.account())).count();
        return own >= maxCount || bytes + more > maxBytes;
    }

    private Duration untilOldestExpires() {
        Instant now = clock.instant();
        return byFileId.values().stream().filter(u -> !SHARED.equals(u.account()))
                .map(u -> Duration.between(now, u.createdAt().plus(retention)))
                .min(Duration::compareTo).filter(d -> !d.isNegative()).orElse(Duration.ofSeconds(1));
    }

    /** Stores a file every account may use, never expiring and not counted against the caps. */
    synchronized void share(String name, String fileId, String mimeType, byte[] content) {
        put(new StoredUpload(name, fileId, SHARED, mimeType, content, clock.instant()));
    }

    private void put(StoredUpload upload) {
        byFileId.put(upload.fileId(), upload);
        byName.put(upload.name(), upload);
        if (!SHARED.equals(upload.account())) {
            index.add(IndexedAsset.of(upload));
        }
    }

    /** The upload with that fileId in that account (or shared), if it has not expired. */
    public Optional<StoredUpload> byFileId(String fileId, String account) {
        return Optional.ofNullable(byFileId.get(fileId)).filter(this::alive)
                .filter(u -> u.account().equals(account) || SHARED.equals(u.account()));
    }

    public Optional<StoredUpload> byName(String name) {
        return Optional.ofNullable(byName.get(name)).filter(this::alive);
    }

    /** The uploads held, the shared example included (expired ones until the next eviction). */
    public java.util.List<StoredUpload> all() {
        return java.util.List.copyOf(byFileId.values());
    }

    /** How many uploads are held, shared ones included. */
    public int count() {
        return byFileId.size();
    }

    /** Bytes of uploads held, shared ones excluded. */
    public synchronized long bytes() {
        return bytes;
    }

    /** Removes expired uploads; returns how many went. */
    public synchronized int evictExpired() {
        int before = byFileId.size();
        byFileId.values().removeIf(u -> {
            boolean gone = !alive(u);
            if (gone) {
                bytes -= u.bytes().length;
                index.remove(IndexedAsset.of(u));
            }
            return gone;
        });
        byName.values().removeIf(u -> !alive(u));
        return before - byFileId.size();
    }

    synchronized void clear() {
        byFileId.values().forEach(u -> index.remove(IndexedAsset.of(u)));
        byFileId.clear();
        byName.clear();
        bytes = 0;
    }

    private boolean alive(StoredUpload u) {
        return SHARED.equals(u.account()) || u.createdAt().plus(retention).isAfter(clock.instant());
    }
}
