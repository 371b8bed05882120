package dev.ltxflux.mock.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the mock behaves: a few small named settings, each validating its own values with messages that name the
 * command-line option. Build it once with {@link #builder()} (or {@link #defaults()}{@code .toBuilder()}); every default
 * is a constant below and the builder starts from them, so there is no second copy.
 *
 * @param server    where it listens and the API token ({@link ServerSettings})
 * @param jobs      job duration, poll interval, seed, quirks, strict mode ({@link JobSettings})
 * @param accounts  accounts, credits, concurrent-job limit ({@link AccountSettings})
 * @param storage   retention and the bounds of what is kept ({@link StorageSettings})
 * @param webhooks  webhook delivery ({@link WebhookSettings})
 * @param recording record mode ({@link RecordingSettings})
 * @param edge      the admin API's safety and the request limits ({@link EdgeSettings})
 */
public record MockConfig(ServerSettings server, JobSettings jobs, AccountSettings accounts, StorageSettings storage,
        WebhookSettings webhooks, RecordingSettings recording, EdgeSettings edge) {

    public static final int DEFAULT_PORT = 8089;
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final String DEFAULT_TOKEN = "user:12345-mock";
    public static final Duration DEFAULT_JOB_DURATION = Duration.ofSeconds(4);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(3);
    public static final long DEFAULT_SEED = 42L;
    public static final String DEFAULT_ACCOUNT = "user@example.com";
    /** Negative: unlimited. */
    public static final long DEFAULT_CREDITS = -1;
    public static final int DEFAULT_MAX_JOBS = 20;
    /** The documented out-of-sync quirk is on: the first completed read has no artifact. */
    public static final boolean DEFAULT_COMPLETED_WITHOUT_ARTIFACT = true;
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(1);
    public static final Duration DEFAULT_ARTIFACT_TTL = Duration.ofMinutes(30);
    public static final int DEFAULT_MAX_STORED_UPLOADS = 2000;
    public static final long DEFAULT_MAX_STORED_UPLOAD_BYTES = 256L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;
    public static final int DEFAULT_RENDER_CACHE = 256;
    public static final int DEFAULT_WEBHOOK_ATTEMPTS = 3;
    public static final Duration DEFAULT_WEBHOOK_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_WEBHOOK_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_WEBHOOK_THREADS = 16;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_ACCEPT_QUEUE = 1024;
    public static final int DEFAULT_CONTAINER_THREADS = 64;

    public MockConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(webhooks, "webhooks");
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(edge, "edge");
    }

    /** The defaults: port 8089, token {@value #DEFAULT_TOKEN}, 4 s jobs, 3 s poll interval, one account, unlimited credits. */
    public static MockConfig defaults() {
        return builder().build();
    }

    /** Settings for tests: a free port, fast jobs (300 ms), 100 ms poll interval, strict mode on, the request journal kept. */
    public static MockConfig forTests() {
        return builder().port(0).jobDuration(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(100)).strict(true)
                .webhookBackoff(Duration.ofMillis(50)).requestJournal(true).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.port = server.port();
        b.bindAddress = server.bindAddress();
        b.corsOrigins = server.corsOrigins();
        b.token = server.token();
        b.verbose = server.verbose();
        b.requestJournal = server.requestJournal();
        b.jobDuration = jobs.duration();
        b.pollInterval = jobs.pollInterval();
        b.seed = jobs.seed();
        b.completedWithoutArtifact = jobs.completedWithoutArtifact();
        b.strict = jobs.strict();
        b.accounts = accounts.emails();
        b.credits = accounts.credits();
        b.maxJobs = accounts.maxJobs();
        b.retention = storage.retention();
        b.artifactTtl = storage.artifactTtl();
        b.maxStoredUploads = storage.maxStoredUploads();
        b.maxStoredUploadBytes = storage.maxStoredUploadBytes();
        b.maxPixels = storage.maxPixels();
        b.renderCache = storage.renderCache();
        b.webhookAttempts = webhooks.attempts();
        b.webhookBackoff = webhooks.backoff();
        b.webhookTimeout = webhooks.timeout();
        b.webhookThreads = webhooks.threads();
        b.webhookAllowPrivate = webhooks.allowPrivate();
        b.recordFrom = recording.from();
        b.admin = edge.admin();
        b.adminToken = edge.adminToken();
        b.adminHosts = edge.adminHosts();
        b.allowAdminWrites = edge.allowAdminWrites();
        b.allowProxyStubs = edge.allowProxyStubs();
        b.maxBodyBytes = edge.maxBodyBytes();
        b.maxUploadBytes = edge.maxUploadBytes();
        b.bodyReadTimeout = edge.bodyReadTimeout();
        b.acceptQueue = edge.acceptQueue();
        b.containerThreads = edge.containerThreads();
        return b;
    }

    /** Builds a {@link MockConfig}; unset values keep their defaults. Each setter is named like its option. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String bindAddress = DEFAULT_BIND_ADDRESS;
        private List<String> corsOrigins = List.of();
        private String token = DEFAULT_TOKEN;
        private boolean verbose = false;
        private boolean requestJournal = false;
        private Duration jobDuration = DEFAULT_JOB_DURATION;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private long seed = DEFAULT_SEED;
        private boolean completedWithoutArtifact = DEFAULT_COMPLETED_WITHOUT_ARTIFACT;
        private boolean strict = false;
        private List<String> accounts = List.of(DEFAULT_ACCOUNT);
        private long credits = DEFAULT_CREDITS;
        private int maxJobs = DEFAULT_MAX_JOBS;
        private Duration retention = DEFAULT_RETENTION;
        private Duration artifactTtl = DEFAULT_ARTIFACT_TTL;
        private int maxStoredUploads = DEFAULT_MAX_STORED_UPLOADS;
        private long maxStoredUploadBytes = DEFAULT_MAX_STORED_UPLOAD_BYTES;
        private long maxPixels = DEFAULT_MAX_PIXELS;
        private int renderCache = DEFAULT_RENDER_CACHE;
        private int webhookAttempts = DEFAULT_WEBHOOK_ATTEMPTS;
        private Duration webhookBackoff = DEFAULT_WEBHOOK_BACKOFF;
        private Duration webhookTimeout = DEFAULT_WEBHOOK_TIMEOUT;
        private int webhookThreads = DEFAULT_WEBHOOK_THREADS;
        private boolean webhookAllowPrivate = false;
        private String recordFrom = null;
        private boolean admin = true;
        private String adminToken = null;
        private List<String> adminHosts = List.of();
        private boolean allowAdminWrites = false;
        private boolean allowProxyStubs = false;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private Duration bodyReadTimeout = DEFAULT_BODY_READ_TIMEOUT;
        private int acceptQueue = DEFAULT_ACCEPT_QUEUE;
        private int containerThreads = DEFAULT_CONTAINER_THREADS;

        private Builder() {
        }


        // server
        public Builder port(int port) { this.port = port; return this; }
        public Builder bindAddress(String bindAddress) { this.bindAddress = bindAddress; return this; }
        public Builder corsOrigins(List<String> corsOrigins) { this.corsOrigins = corsOrigins; return this; }
        public Builder token(String token) { this.token = token; return this; }
        public Builder verbose(boolean verbose) { this.verbose = verbose; return this; }
        public Builder requestJournal(boolean requestJournal) { this.requestJournal = requestJournal; return this; }

        // jobs
        public Builder jobDuration(Duration jobDuration) { this.jobDuration = jobDuration; return this; }
        public Builder pollInterval(Duration pollInterval) { this.pollInterval = pollInterval; return this; }
        public Builder seed(long seed) { this.seed = seed; return this; }
        public Builder completedWithoutArtifact(boolean completedWithoutArtifact) { this.completedWithoutArtifact = completedWithoutArtifact; return this; }
        public Builder strict(boolean strict) { this.strict = strict; return this; }

        // accounts
        public Builder accounts(List<String> accounts) { this.accounts = accounts; return this; }
        public Builder credits(long credits) { this.credits = credits; return this; }
        public Builder maxJobs(int maxJobs) { this.maxJobs = maxJobs; return this; }

        // storage
        public Builder retention(Duration retention) { this.retention = retention; return this; }
        public Builder artifactTtl(Duration artifactTtl) { this.artifactTtl = artifactTtl; return this; }
        public Builder maxStoredUploads(int maxStoredUploads) { this.maxStoredUploads = maxStoredUploads; return this; }
        public Builder maxStoredUploadBytes(long maxStoredUploadBytes) { this.maxStoredUploadBytes = maxStoredUploadBytes; return this; }
        public Builder maxPixels(long maxPixels) { this.maxPixels = maxPixels; return this; }
        public Builder renderCache(int renderCache) { this.renderCache = renderCache; return this; }

        // webhooks
        public Builder webhookAttempts(int webhookAttempts) { this.webhookAttempts = webhookAttempts; return this; }
        public Builder webhookBackoff(Duration webhookBackoff) { this.webhookBackoff = webhookBackoff; return this; }
        public Builder webhookTimeout(Duration webhookTimeout) { this.webhookTimeout = webhookTimeout; return this; }
        public Builder webhookThreads(int webhookThreads) { this.webhookThreads = webhookThreads; return this; }
        public Builder webhookAllowPrivate(boolean webhookAllowPrivate) { this.webhookAllowPrivate = webhookAllowPrivate; return this; }

        // recording
        public Builder recordFrom(String recordFrom) { this.recordFrom = recordFrom; return this; }

        // edge
        public Builder admin(boolean admin) { this.admin = admin; return this; }
        public Builder adminToken(String adminToken) { this.adminToken = adminToken; return this; }
        public Builder adminHosts(List<String> adminHosts) { this.adminHosts = adminHosts; return this; }
        public Builder allowAdminWrites(boolean allowAdminWrites) { this.allowAdminWrites = allowAdminWrites; return this; }
        public Builder allowProxyStubs(boolean allowProxyStubs) { this.allowProxyStubs = allowProxyStubs; return this; }
        public Builder maxBodyBytes(long maxBodyBytes) { this.maxBodyBytes = maxBodyBytes; return this; }
        public Builder maxUploadBytes(long maxUploadBytes) { this.maxUploadBytes = maxUploadBytes; return this; }
        public Builder bodyReadTimeout(Duration bodyReadTimeout) { this.bodyReadTimeout = bodyReadTimeout; return this; }
        public Builder acceptQueue(int acceptQueue) { this.acceptQueue = acceptQueue; return this; }
        public Builder containerThreads(int containerThreads) { this.containerThreads = containerThreads; return this; }

        /** The settings, each group validated on its own; the first bad value throws, naming its option. */
        public MockConfig build() {
            return new MockConfig(
                    new ServerSettings(port, bindAddress, corsOrigins, token, verbose, requestJournal),
                    new JobSettings(jobDuration, pollInterval, seed, completedWithoutArtifact, strict),
                    new AccountSettings(accounts, credits, maxJobs),
                    new StorageSettings(retention, artifactTtl, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache),
                    new WebhookSettings(webhookAttempts, webhookBackoff, webhookTimeout, webhookThreads, webhookAllowPrivate),
                    new RecordingSettings(recordFrom),
                    new EdgeSettings(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, maxBodyBytes, maxUploadBytes, bodyReadTimeout, acceptQueue, containerThreads));
        }
    }
}
