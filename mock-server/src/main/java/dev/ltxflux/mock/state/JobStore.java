package dev.ltxflux.mock.state;

import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mock's state, as one object every extension is given: the focused stores ({@link AccountLedger} for accounts,
 * credits and running jobs; {@link JobRegistry}; {@link UploadStore}; {@link FaultPlan}; {@link RenderCache}; the
 * {@link EventLog}s the admin API shows) and the operations that span them (creating a job, eviction, reset).
 * Thread-safe. Entries older than the retention expire (404) and are evicted.
 */
public final class JobStore {

    /** The documented example asset, preloaded so that the spec's example request works against the mock. */
    public static final String EXAMPLE_ASSET_ID = "asset:3b18…-type:image/png";

    private final MockConfig config;
    private final Clock clock;
    private final AccountLedger accounts;
    private final AssetIndex assets = new AssetIndex();
    private final JobRegistry jobs = new JobRegistry(assets);
    private final UploadStore uploads;
    private final FaultPlan faults = new FaultPlan();
    private final RenderCache renders;
    private final EventLog<WebhookDelivery> deliveries = new EventLog<>(1000);
    private final EventLog<String> drifts = new EventLog<>(1000);
    private final RequestLog requests = new RequestLog();
    private volatile byte[] example;

    public JobStore(MockConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.accounts = new AccountLedger(config, clock);
        this.uploads = new UploadStore(clock, config.storage().retention(), config.storage(), assets);
        this.renders = new RenderCache(config.storage().renderCache());
    }

    public MockConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public AccountLedger accounts() {
        return accounts;
    }

    public JobRegistry registry() {
        return jobs;
    }

    /** The uploads and artifacts of every account by time, for {@code GET assets/}. */
    public AssetIndex assetIndex() {
        return assets;
    }

    /** Every account's running (active, tracked) jobs now, oldest first: the scheduler's view and the 429's count. */
    public List<MockJob> running() {
        return jobs.running(clock.instant());
    }

    /** One account's running jobs now. */
    public List<MockJob> running(String account) {
        return jobs.running(account, clock.instant());
    }

    public UploadStore uploads() {
        return uploads;
    }

    public FaultPlan faultPlan() {
        return faults;
    }

    /** Rendered artifacts, bounded (least recently used go first). */
    public RenderCache renders() {
        return renders;
    }

    public EventLog<WebhookDelivery> deliveries() {
        return deliveries;
    }

    public EventLog<String> drifts() {
        return drifts;
    }

    /** Forgets every job, upload, fault and log entry; restores credits. Ids never repeat, across resets and restarts. */
    public synchronized void reset() {
        jobs.clear();
        uploads.clear();
        assets.clear();
        renders.clear();
        faults.clear();
        deliveries.clear();
        drifts.clear();
        requests.clear();
        accounts.reset();
        if (example != null) {
            preloadExample(example);
        }
    }

    /** The account a request acts for: the named one, or the only one; a documented-shape 400 otherwise. */
    public String account(String email) {
        return accounts.account(email);
    }

    /**
     * A fresh random (version 4) UUID from a cryptographic source: ids never repeat across restarts and resets, so an
     * old id can never fetch another request's job. Images stay deterministic: they depend on the inputs and seed only.
     */
    public String newUuid() {
        return UUID.randomUUID().toString();
    }

    /** Keeps an upload for the retention period; a 429 {@link Rejection} when the upload store is full. */
    public StoredUpload storeUpload(String account, String mimeType, byte[] bytes) {
        return uploads.store(account, mimeType, bytes);
    }

    /** Stores the documented example asset for every account (same fileId), so the spec's example runs; kept across resets. */
    public synchronized void preloadExample(byte[] png) {
        this.example = png;
        uploads.share("uploads/example", EXAMPLE_ASSET_ID, "image/png", png);
    }

    /** The upload with that fileId in that account, if it has not expired. */
    public Optional<StoredUpload> upload(String fileId, String account) {
        return uploads.byFileId(fileId, account);
    }

    public Optional<StoredUpload> uploadByName(String name) {
        return uploads.byName(name);
    }

    /** Bytes of uploads held (the preloaded example excluded). */
    public long uploadBytes() {
        return uploads.bytes();
    }

    /**
     * Creates a job after taking a concurrency slot and charging a credit; a 429 or 402 {@link Rejection} otherwise.
     *
     * @param maxJobs the request's override of the account's limit, or null
     */
    public MockJob createJob(String account, EditParameters parameters, Integer maxJobs) {
        return createJob(routeOf(parameters), account, parameters, maxJobs, false);
    }

    /**
     * Creates a job submitted on {@code route} (a route name of the mock's table: {@code submit}, {@code create},
     * {@code upscale} …): as {@link #createJob(String, EditParameters, Integer)}, and the job ends {@code failed} when
     * {@code failRequested} (the request's own {@code X-Ltx-Mock-Fault: fail-job}) or when a planned {@code fail-job}
     * fault applies to that route (its own name, {@code submit} for every paid route, or {@code any}).
     */
    public synchronized MockJob createJob(String route, String account, EditParameters parameters, Integer maxJobs,
            boolean failRequested) {
        Instant now = clock.instant();
        List<MockJob> running = jobs.running(account, now);
        accounts.charge(account, now, running.size(), running.isEmpty() ? null : running.get(0).completesAt(), maxJobs);
        boolean fails = failRequested || faults.take(route, "fail-job").isPresent();
        String failure = fails ? "Generation failed (injected by the mock)" : null;
        MockJob job = new MockJob(newUuid(), account, now, config.jobs().duration(), failure, parameters,
                "gen_" + newUuid().replace("-", "").substring(0, 12));
        jobs.add(job);
        return job;
    }

    /** The route a job of these parameters is submitted on when the caller names none: {@code submit} for an edit. */
    static String routeOf(EditParameters parameters) {
        return EditParameters.EDIT.equals(parameters.operation()) ? "submit" : parameters.operation();
    }

    /**
     * Ends {@code job} now as failed with {@code message} and frees its concurrency slot; false when it had already
     * ended (completed or failed), and then nothing changes.
     */
    public synchronized boolean failNow(MockJob job, String message) {
        // the account's running count is derived from the registry: a job failed now is no longer active there
        return job.failAt(clock.instant(), message);
    }

    /** Whether this very job is still held (not forgotten by a reset, nor evicted). */
    public boolean holds(MockJob job) {
        return jobs.byId(job.id()).orElse(null) == job;
    }

    /** The job, unless unknown or expired. */
    public Optional<MockJob> job(String id) {
        return jobs.byId(id).filter(j -> j.createdAt().plus(config.storage().retention()).isAfter(clock.instant()));
    }

    /** The job whose uuid part is {@code uuid}, unless expired. */
    public Optional<MockJob> jobByUuid(String uuid) {
        return jobs.byUuid(uuid).flatMap(j -> job(j.id()));
    }

    public Collection<MockJob> jobs() {
        return jobs.all();
    }

    /** How many jobs are held (expired ones until the next eviction). */
    public int jobCount() {
        return jobs.count();
    }

    /** How many uploads are held, the preloaded example included. */
    public int uploadCount() {
        return uploads.count();
    }

    public long creditsLeft(String account) {
        return accounts.creditsLeft(account);
    }

    /** Removes expired jobs (and their renders) and uploads; returns how many entries went. */
    public int evictExpired() {
        Instant cutoff = clock.instant().minus(config.storage().retention());
        int before = jobs.count();
        jobs.evictCreatedBefore(cutoff, j -> renders.remove(j.uuid()));
        return before - jobs.count() + uploads.evictExpired();
    }

    /** Plans {@code rule} (as {@code faultPlan().add}). */
    public void addFault(FaultRule rule) {
        faults.add(rule);
    }

    /** The last requests to the API and artifact routes. */
    public RequestLog requests() {
        return requests;
    }
}
