package dev.ltxflux.mock.state;

import dev.ltxflux.mock.MockConfig;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All of the mock's state: jobs, uploads, per-account credits and running jobs, planned faults, and the logs the admin
 * API shows. Thread-safe. Entries older than the retention expire (404) and are evicted.
 */
public final class JobStore {

    /** The documented example asset, preloaded so that the spec's example request works against the mock. */
    public static final String EXAMPLE_ASSET_ID = "asset:3b18…-type:image/png";

    /** The account of uploads every account may use (the preloaded example); they never expire. */
    private static final String SHARED = "*";

    private final MockConfig config;
    private final Clock clock;
    private final Map<String, MockJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, MockJob> jobsByUuid = new ConcurrentHashMap<>();
    private final Map<String, StoredUpload> uploadsByFileId = new ConcurrentHashMap<>();
    private final Map<String, StoredUpload> uploadsByName = new ConcurrentHashMap<>();
    private final Map<String, Long> credits = new HashMap<>();
    private final Map<String, PriorityQueue<Instant>> running = new HashMap<>();
    private final List<FaultRule> faults = new ArrayList<>();
    private final EventLog<WebhookDelivery> deliveries = new EventLog<>(1000);
    private final EventLog<String> drifts = new EventLog<>(1000);
    private final RequestLog requests = new RequestLog();
    private Random random;
    private byte[] example;

    public JobStore(MockConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        reset();
    }

    public MockConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    /** Forgets every job, upload, fault and log entry; restores credits; re-seeds ids. */
    public synchronized void reset() {
        jobs.clear();
        jobsByUuid.clear();
        uploadsByFileId.clear();
        uploadsByName.clear();
        faults.clear();
        deliveries.clear();
        drifts.clear();
        requests.clear();
        running.clear();
        credits.clear();
        config.accounts().forEach(a -> credits.put(a, config.credits()));
        random = new Random(config.seed());
        if (example != null) {
            preloadExample(example);
        }
    }

    /** The account a request acts for: the named one, or the only one; a documented-shape 400 otherwise. */
    public String account(String email) {
        if (email == null || email.isEmpty()) {
            if (config.accounts().size() > 1) {
                throw new Rejection(400, "email: is required when more than one account is configured");
            }
            return config.accounts().get(0);
        }
        if (!config.accounts().contains(email)) {
            throw new Rejection(400, "email: account " + email + " is not configured");
        }
        return email;
    }

    public synchronized String newUuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    public StoredUpload storeUpload(String account, String mimeType, byte[] bytes) {
        String uuid = newUuid();
        StoredUpload upload = new StoredUpload("uploads/" + uuid, "asset:" + uuid + "-type:" + mimeType, account,
                mimeType, bytes, clock.instant());
        return put(upload);
    }

    /** Stores the documented example asset for every account (same fileId), so the spec's example runs; kept across resets. */
    public synchronized void preloadExample(byte[] png) {
        this.example = png;
        put(new StoredUpload("uploads/example", EXAMPLE_ASSET_ID, SHARED, "image/png", png, clock.instant()));
    }

    private StoredUpload put(StoredUpload upload) {
        uploadsByFileId.put(upload.fileId(), upload);
        uploadsByName.put(upload.name(), upload);
        return upload;
    }

    /** The upload with that fileId in that account, if it has not expired. */
    public Optional<StoredUpload> upload(String fileId, String account) {
        return Optional.ofNullable(uploadsByFileId.get(fileId)).filter(this::alive)
                .filter(u -> u.account().equals(account) || SHARED.equals(u.account()));
    }

    public Optional<StoredUpload> uploadByName(String name) {
        return Optional.ofNullable(uploadsByName.get(name)).filter(this::alive);
    }

    /**
     * Creates a job after charging a credit and taking a concurrency slot; a 402 or 429 {@link Rejection} otherwise.
     *
     * @param maxJobs the request's override of the account's limit, or null
     */
    public synchronized MockJob createJob(String account, EditParameters parameters, Integer maxJobs) {
        Instant now = clock.instant();
        PriorityQueue<Instant> active = running.computeIfAbsent(account, a -> new PriorityQueue<>());
        while (!active.isEmpty() && !active.peek().isAfter(now)) {
            active.poll();
        }
        int limit = maxJobs == null ? config.maxJobs() : maxJobs;
        if (active.size() >= limit) {
            long millis = Duration.between(now, active.peek()).toMillis();
            throw new Rejection(429, "Account " + account + " is running " + active.size() + " of " + limit
                    + " concurrent jobs, retry later", Duration.ofSeconds(Math.max(1, (millis + 999) / 1000)));
        }
        long left = credits.getOrDefault(account, -1L);
        if (left == 0) {
            throw new Rejection(402, "Insufficient credits");
        }
        if (left > 0) {
            credits.put(account, left - 1);
        }
        String failure = takeFault("submit", "fail-job").map(f -> "Generation failed (injected by the mock)").orElse(null);
        MockJob job = new MockJob(newUuid(), account, now, config.jobDuration(), failure, parameters,
                "gen_" + newUuid().replace("-", "").substring(0, 12));
        jobs.put(job.id(), job);
        jobsByUuid.put(job.uuid(), job);
        active.add(job.completesAt());
        return job;
    }

    /** The job, unless unknown or expired. */
    public Optional<MockJob> job(String id) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.createdAt().plus(config.retention()).isAfter(clock.instant()));
    }

    /** The job whose uuid part is {@code uuid}, unless expired. */
    public Optional<MockJob> jobByUuid(String uuid) {
        return Optional.ofNullable(jobsByUuid.get(uuid)).flatMap(j -> job(j.id()));
    }

    public Collection<MockJob> jobs() {
        return List.copyOf(jobs.values());
    }

    /** How many jobs are held (expired ones until the next eviction). */
    public int jobCount() {
        return jobs.size();
    }

    /** How many uploads are held, the preloaded example included. */
    public int uploadCount() {
        return uploadsByFileId.size();
    }

    public synchronized long creditsLeft(String account) {
        return credits.getOrDefault(account, -1L);
    }

    /** Removes expired jobs and uploads; returns how many entries went. */
    public int evictExpired() {
        Instant cutoff = clock.instant().minus(config.retention());
        int before = jobs.size() + uploadsByFileId.size();
        jobs.values().removeIf(j -> j.createdAt().isBefore(cutoff));
        jobsByUuid.values().removeIf(j -> j.createdAt().isBefore(cutoff));
        uploadsByFileId.values().removeIf(u -> !alive(u));
        uploadsByName.values().removeIf(u -> !alive(u));
        return before - (jobs.size() + uploadsByFileId.size());
    }

    public synchronized void addFault(FaultRule rule) {
        faults.add(rule);
    }

    public synchronized List<FaultRule> faults() {
        return List.copyOf(faults);
    }

    public synchronized void clearFaults() {
        faults.clear();
    }

    /** Takes one use of the first planned fault for this route (and, when given, this action). */
    public synchronized Optional<FaultRule> takeFault(String route, String action) {
        for (int i = 0; i < faults.size(); i++) {
            FaultRule rule = faults.get(i);
            boolean actionMatches = action == null ? !"fail-job".equals(rule.action()) : action.equals(rule.action());
            if (rule.appliesTo(route) && actionMatches) {
                if (rule.times() > 1) {
                    faults.set(i, rule.used());
                } else {
                    faults.remove(i);
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    public EventLog<WebhookDelivery> deliveries() {
        return deliveries;
    }

    public EventLog<String> drifts() {
        return drifts;
    }

    /** The last requests to the API and artifact routes. */
    public RequestLog requests() {
        return requests;
    }

    /** The uploads held, the preloaded example included (expired ones until the next eviction). */
    public Collection<StoredUpload> uploads() {
        return List.copyOf(uploadsByFileId.values());
    }

    private boolean alive(StoredUpload u) {
        return SHARED.equals(u.account()) || u.createdAt().plus(config.retention()).isAfter(clock.instant());
    }
}
