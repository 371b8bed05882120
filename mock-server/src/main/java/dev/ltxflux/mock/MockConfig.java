package dev.ltxflux.mock;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the mock behaves. Every value has a documented default and a range check that names the option.
 *
 * @param port                    TCP port on 127.0.0.1; 0 picks a free one
 * @param token                   the one API token accepted as {@code Authorization: Bearer <token>}
 * @param jobDuration             how long a job stays {@code active} (progress rises linearly to 100)
 * @param pollInterval            the server-side wait per {@code pollForResult} attempt (the real API: 3 s)
 * @param seed                    seeds job ids and generated images, so runs repeat
 * @param accounts                configured LTX accounts; with more than one, requests must name {@code email}
 * @param credits                 credits per account, each job costs one; negative means unlimited
 * @param maxJobs                 concurrent active jobs per account before 429 (a request's {@code maxJobs} overrides)
 * @param completedWithoutArtifact whether a job's first {@code completed} status read omits the artifact (the
 *                                documented out-of-sync quirk), so clients are kept honest
 * @param strict                  validate every response and webhook body the mock produces against the schemas
 * @param retention               how long jobs and uploads are kept before they expire (404) and are evicted
 * @param artifactTtl             lifetime of a signed artifact URL
 * @param maxUploadBytes          largest accepted upload (413 beyond)
 * @param webhookAttempts         delivery attempts per webhook
 * @param webhookBackoff          first retry delay of a webhook; doubles per attempt
 * @param verbose                 print one line per request to stderr
 * @param recordFrom              when set, proxy everything to this base URL and record mappings instead of mocking
 * @param requestJournal          keep WireMock's request journal ({@code /__admin/requests}, last 10,000): useful in tests,
 *                                off by default because trimming a capped journal costs O(n) per request
 * @param edge                    the admin API's safety, webhook targets and the memory and thread limits ({@link EdgeConfig})
 * @param bindAddress             the address to listen on: {@value #DEFAULT_BIND_ADDRESS} (this machine only) unless
 *                                told otherwise, e.g. {@code 0.0.0.0} inside a container
 * @param corsOrigins             browser origins allowed to call the API routes ({@code https://app.example:3000}, or
 *                                {@code *} for any); empty means no CORS headers. Admin routes never get CORS.
 */
public record MockConfig(int port, String token, Duration jobDuration, Duration pollInterval, long seed,
        List<String> accounts, long credits, int maxJobs, boolean completedWithoutArtifact, boolean strict,
        Duration retention, Duration artifactTtl, long maxUploadBytes, int webhookAttempts, Duration webhookBackoff,
        boolean verbose, String recordFrom, boolean requestJournal, EdgeConfig edge, String bindAddress,
        List<String> corsOrigins) {

    public static final int DEFAULT_PORT = 8089;
    public static final String DEFAULT_TOKEN = "user:12345-mock";
    public static final Duration DEFAULT_JOB_DURATION = Duration.ofSeconds(4);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(3);
    public static final String DEFAULT_ACCOUNT = "user@example.com";
    public static final int DEFAULT_MAX_JOBS = 20;
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(1);
    public static final Duration DEFAULT_ARTIFACT_TTL = Duration.ofMinutes(30);
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

    public MockConfig {
        Objects.requireNonNull(token, "token");
        accounts = List.copyOf(accounts);
        edge = edge == null ? EdgeConfig.defaults() : edge;
        check(port >= 0 && port <= 65535, "--port", "must be between 0 and 65535");
        check(!token.isBlank() && token.chars().noneMatch(Character::isWhitespace), "--token", "must be a non-blank token without spaces");
        check(!jobDuration.isNegative(), "--job-duration", "must not be negative");
        check(!pollInterval.isNegative() && !pollInterval.isZero(), "--poll-interval", "must be positive");
        check(!accounts.isEmpty(), "--accounts", "must name at least one account");
        check(accounts.stream().allMatch(a -> a.matches("[^\\s@,]+@[^\\s@,]+")), "--accounts", "must be e-mail addresses");
        check(maxJobs >= 1 && maxJobs <= 100, "--max-jobs", "must be between 1 and 100");
        check(!retention.isNegative() && !retention.isZero(), "--retention", "must be positive");
        check(!artifactTtl.isNegative() && !artifactTtl.isZero(), "--artifact-ttl", "must be positive");
        check(maxUploadBytes >= 1, "--max-upload-bytes", "must be positive");
        check(webhookAttempts >= 1 && webhookAttempts <= 10, "--webhook-attempts", "must be between 1 and 10");
        check(!webhookBackoff.isNegative(), "--webhook-backoff", "must not be negative");
        check(recordFrom == null || recordFrom.trim().matches("(?i)https?://[^/\\s?#]+(/\\S*)?"), "--record-from",
                "must be an http(s) URL, e.g. https://api.useapi.net/v1/ltxstudio");
        Objects.requireNonNull(bindAddress, "bindAddress");
        corsOrigins = List.copyOf(corsOrigins);
        check(bindAddress.matches("localhost|[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"), "--bind",
                "must be an IP address such as 127.0.0.1 or 0.0.0.0 (was '" + bindAddress + "')");
        check(corsOrigins.stream().allMatch(o -> o.equals("*") || o.matches("https?://[^/\\s]+")), "--cors",
                "must be * or origins like http://localhost:3000 (scheme://host[:port], no path)");
    }

    /** The defaults: port 8089, token {@value #DEFAULT_TOKEN}, 4 s jobs, 3 s poll interval, one account, unlimited credits. */
    public static MockConfig defaults() {
        return builder().build();
    }

    /** Settings for tests: a free port, fast jobs (300 ms), 100 ms poll interval, strict mode on. */
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
        b.port = port;
        b.token = token;
        b.jobDuration = jobDuration;
        b.pollInterval = pollInterval;
        b.seed = seed;
        b.accounts = accounts;
        b.credits = credits;
        b.maxJobs = maxJobs;
        b.completedWithoutArtifact = completedWithoutArtifact;
        b.strict = strict;
        b.retention = retention;
        b.artifactTtl = artifactTtl;
        b.maxUploadBytes = maxUploadBytes;
        b.webhookAttempts = webhookAttempts;
        b.webhookBackoff = webhookBackoff;
        b.verbose = verbose;
        b.recordFrom = recordFrom;
        b.requestJournal = requestJournal;
        b.edge = edge;
        b.bindAddress = bindAddress;
        b.corsOrigins = corsOrigins;
        return b;
    }

    /** Builds a {@link MockConfig}; unset values keep their defaults. */
    public static final class Builder {
        private int port = DEFAULT_PORT;
        private String token = DEFAULT_TOKEN;
        private Duration jobDuration = DEFAULT_JOB_DURATION;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private long seed = 42L;
        private List<String> accounts = List.of(DEFAULT_ACCOUNT);
        private long credits = -1;
        private int maxJobs = DEFAULT_MAX_JOBS;
        private boolean completedWithoutArtifact = true;
        private boolean strict = false;
        private Duration retention = DEFAULT_RETENTION;
        private Duration artifactTtl = DEFAULT_ARTIFACT_TTL;
        private long maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        private int webhookAttempts = 3;
        private Duration webhookBackoff = Duration.ofSeconds(1);
        private boolean verbose = false;
        private String recordFrom = null;
        private boolean requestJournal = false;
        private EdgeConfig edge = EdgeConfig.defaults();
        private String bindAddress = DEFAULT_BIND_ADDRESS;
        private List<String> corsOrigins = List.of();

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder jobDuration(Duration jobDuration) {
            this.jobDuration = jobDuration;
            return this;
        }

        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder accounts(List<String> accounts) {
            this.accounts = accounts;
            return this;
        }

        public Builder credits(long credits) {
            this.credits = credits;
            return this;
        }

        public Builder maxJobs(int maxJobs) {
            this.maxJobs = maxJobs;
            return this;
        }

        public Builder completedWithoutArtifact(boolean completedWithoutArtifact) {
            this.completedWithoutArtifact = completedWithoutArtifact;
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder retention(Duration retention) {
            this.retention = retention;
            return this;
        }

        public Builder artifactTtl(Duration artifactTtl) {
            this.artifactTtl = artifactTtl;
            return this;
        }

        public Builder maxUploadBytes(long maxUploadBytes) {
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        public Builder webhookAttempts(int webhookAttempts) {
            this.webhookAttempts = webhookAttempts;
            return this;
        }

        public Builder webhookBackoff(Duration webhookBackoff) {
            this.webhookBackoff = webhookBackoff;
            return this;
        }

        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        public Builder recordFrom(String recordFrom) {
            this.recordFrom = recordFrom;
            return this;
        }

        public Builder requestJournal(boolean requestJournal) {
            this.requestJournal = requestJournal;
            return this;
        }

        public Builder edge(EdgeConfig edge) {
            this.edge = edge;
            return this;
        }

        /** Changes the edge settings, e.g. {@code b.edge(e -> e.withAdminToken("secret"))}. */
        public Builder edge(java.util.function.UnaryOperator<EdgeConfig> change) {
            this.edge = change.apply(edge);
            return this;
        }

        /** The address to listen on (default {@value MockConfig#DEFAULT_BIND_ADDRESS}); {@code 0.0.0.0} in a container. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        /** Browser origins allowed to call the API routes, or {@code *}; none by default. */
        public Builder corsOrigins(List<String> corsOrigins) {
            this.corsOrigins = corsOrigins;
            return this;
        }

        public MockConfig build() {
            return new MockConfig(port, token, jobDuration, pollInterval, seed, accounts, credits, maxJobs, completedWithoutArtifact, strict, retention, artifactTtl, maxUploadBytes, webhookAttempts, webhookBackoff, verbose, recordFrom, requestJournal,
                    edge, bindAddress, corsOrigins);
        }
    }

    /** Hides the token: it is a credential even in a mock (users paste real ones). */
    @Override
    public String toString() {
        return "MockConfig[port=" + port + ", token=***, jobDuration=" + jobDuration + ", pollInterval=" + pollInterval
                + ", accounts=" + accounts + ", credits=" + credits + ", maxJobs=" + maxJobs + ", strict=" + strict
                + ", bindAddress=" + bindAddress + ", corsOrigins=" + corsOrigins + ", edge=" + edge + "]";
    }

    private static void check(boolean ok, String option, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(option + " " + rule);
        }
    }
}
