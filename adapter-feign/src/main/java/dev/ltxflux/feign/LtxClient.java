package dev.ltxflux.feign;

import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.EditImageUseCase;
import dev.ltxflux.core.port.in.EditImageUseCase.EditOutcome;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.service.AwaitJobService;
import dev.ltxflux.core.service.Backoff;
import dev.ltxflux.core.service.EditImageService;
import dev.ltxflux.core.service.GuardedEvents;
import dev.ltxflux.core.service.Scheduler;
import dev.ltxflux.feign.wire.WireMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ltxflux client for the useapi.net LTX Studio API: one per application, thread-safe, closeable. Build it from the
 * environment ({@link #fromEnv()}) or with {@link #builder()}; every default is a named constant of {@link Builder}.
 *
 * <pre>{@code
 * try (LtxClient ltx = LtxClient.fromEnv()) {
 *     EditOutcome out = ltx.edit(EditImageCommand.forFile(Path.of("in.png"),
 *             EditRequest.builder().prompt("Add golden sunset lighting"), Path.of("out.png"), AwaitOptions.defaults()));
 * }
 * }</pre>
 */
public final class LtxClient implements AutoCloseable {

    /** The real API. Retired by the provider on 2026-03-09 (it offers to bring it back on request). */
    public static final String DEFAULT_BASE_URL = "https://api.useapi.net/v1/ltxstudio";
    /** Environment variable holding the API token. */
    public static final String ENV_TOKEN = "USEAPI_TOKEN";
    /** Environment variable overriding the base URL (e.g. the mock server or a proxy). */
    public static final String ENV_BASE_URL = "LTXFLUX_BASE_URL";
    /** Environment variable naming the LTX account e-mail to use when several are configured. */
    public static final String ENV_EMAIL = "USEAPI_EMAIL";

    private final String baseUrl;
    private final FeignPorts ports;
    private final AwaitJobService awaiter;
    private final EditImageUseCase edits;
    private final JobJournalPort journal;
    private final ExecutorService ownedExecutor;
    private volatile boolean closed;
    /** The settings this client was built from, for {@link #withOptions}. */
    private final ClientSettings settings;

    private LtxClient(ClientSettings b) {
        this.settings = b.copy();
        this.baseUrl = b.baseUrl;
        Clock clock = b.clock != null ? b.clock : Clock.systemUTC();
        Redactor redactor = new Redactor(b.token);
        WireMapper mapper = new WireMapper(clock, redactor);
        ClientEventsPort events = GuardedEvents.of(b.events);
        boolean loopback = ClientSettings.isLoopback(URI.create(b.baseUrl).getHost());
        HttpClient http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .version(loopback ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2).build();
        RetryPolicy retry = new RetryPolicy(b.maxAttempts, b.retryBaseDelay, b.maxRetryDelay, b.scheduler, new Random(),
                clock, events);
        String token = b.token;
        LtxApi api = Feign.builder()
                .client(new BoundedJdkClient(http, b.readTimeout, b.maxAnswerBytes))
                .encoder(new BodyEncoder(mapper.json()))
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(b.connectTimeout, b.readTimeout, false))
                .requestInterceptor(template -> template.header("Authorization", "Bearer " + token))
                .logger(new RedactingLogger(token))
                .logLevel(b.logLevel.feign)
                .target(LtxApi.class, b.baseUrl);
        this.ports = new FeignPorts(api, mapper, retry, b.email, redactor);
        HttpClient assets = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        DownloadArtifactPort downloader = new HttpArtifactDownloader(assets, b.readTimeout, b.maxDownloadBytes, retry);
        this.ownedExecutor = b.executor == null ? Executors.newFixedThreadPool(4, daemonThreads()) : null;
        this.awaiter = new AwaitJobService(ports::readOnce, clock, b.scheduler,
                b.executor == null ? ownedExecutor : b.executor, b.polling, events);
        this.journal = b.journal;
        this.edits = new EditImageService(ports, ports, journal, awaiter, ports, downloader, clock, events);
    }

    /**
     * A client from {@value #ENV_TOKEN} (required), {@value #ENV_BASE_URL} and {@value #ENV_EMAIL} (optional). To change
     * other settings too, use {@code builder().fromEnv()...build()}.
     */
    public static LtxClient fromEnv() {
        return fromEnv(System.getenv());
    }

    /** The same from the given variables (for tests and for applications with their own configuration source). */
    public static LtxClient fromEnv(Map<String, String> env) {
        return builder().fromEnv(env).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A second client with this one's settings changed by {@code change}, e.g. another account:
     * {@code ltx.withOptions(o -> o.email("second@example.com"))}. It is independent: close it too.
     */
    public LtxClient withOptions(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(settings.copy());
        change.accept(b);
        return b.build();
    }

    /**
     * Submits one edit, exactly once, and journals it. If the journal fails after the submit went through, a
     * {@link dev.ltxflux.core.error.JournalWriteException} carries the submission (the job id is never lost).
     */
    public Submission submit(EditRequest request) {
        ensureOpen();
        return edits.submit(request);
    }

    /** The job's current state (transient failures retried per the retry settings). */
    public Job status(JobId id) {
        ensureOpen();
        return ports.read(id);
    }

    /** Waits until the job is done (completed with an asset URL) or failed, or the timeout passes. */
    public Job await(JobId id, AwaitOptions options) {
        return awaiter.await(id, options);
    }

    /**
     * The same without holding a thread while waiting. The future always completes: with the job, or a typed
     * {@link dev.ltxflux.core.error.LtxException} (timeout at the deadline even while a read hangs,
     * {@link ClientClosedException} when this client is closed), or whatever error broke the wait.
     */
    public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
        return awaiter.awaitAsync(id, options);
    }

    /** Uploads a PNG, JPEG or WebP file (checked before sending) as a reference image. */
    public UploadedAsset upload(Path image) {
        ensureOpen();
        return ports.upload(AssetUpload.of(ReferenceImage.of(image)));
    }

    public UploadedAsset upload(AssetUpload upload) {
        ensureOpen();
        return ports.upload(upload);
    }

    /**
     * Downloads a done job's image to {@code target} (re-reading the job once if its link has expired): an http(s) link
     * only, within {@link Builder#maxDownloadBytes}, an image by its magic bytes, never a partial file.
     */
    public Path download(Job job, Path target) {
        ensureOpen();
        return edits.download(job, target);
    }

    /** The whole flow: upload (if a file) → submit → journal → await → download. */
    public EditOutcome edit(EditImageCommand command) {
        ensureOpen();
        return edits.edit(command);
    }

    /** The journal this client writes submitted job ids to. */
    public JobJournalPort journal() {
        return journal;
    }

    /** The status-reading port, for code written against core's ports. */
    public ReadJobPort readJobPort() {
        return ports;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Ends every pending wait with a {@link ClientClosedException} and refuses further calls. Idempotent. */
    @Override
    public void close() {
        closed = true;
        awaiter.close();
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new ClientClosedException(null);
        }
    }

    @Override
    public String toString() {
        return "LtxClient[baseUrl=" + baseUrl + ", token=" + RedactingLogger.REDACTED + "]";
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ltxflux-await-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** How much the client logs (SLF4J logger {@code dev.ltxflux.feign.LtxClient}); the token is redacted at every level. */
    public enum LogLevel {
        /** Nothing (the default). */
        NONE(Logger.Level.NONE),
        /** Method, URL, status and time of each call. */
        BASIC(Logger.Level.BASIC),
        /** The same plus headers ({@code Authorization} left out). */
        HEADERS(Logger.Level.HEADERS),
        /** The same plus bodies. */
        FULL(Logger.Level.FULL);

        private final Logger.Level feign;

        LogLevel(Logger.Level feign) {
            this.feign = feign;
        }
    }

    /** Configures an {@link LtxClient}. Not thread-safe; the client it builds is. Setters refuse null where it means nothing. */
    public static final class Builder {
        /** 10 s to open a connection. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        /**
         * 90 s per exchange, headers <em>and</em> body (a total deadline: a body that drips or never ends is cut off):
         * a {@code pollForResult} submit may be held up to 60 s by the server.
         */
        public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);
        /** 4 attempts in all for a retryable call. */
        public static final int DEFAULT_MAX_ATTEMPTS = 4;
        /** 500 ms backoff unit (full jitter, doubling). */
        public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(500);
        /** 30 s cap on one retry wait, {@code Retry-After} included. */
        public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(30);
        /** 50 MiB: a downloaded image larger than this is refused (an edit result is a few MiB at most). */
        public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 50L * 1024 * 1024;
        /** 4 MiB: an API answer (JSON) larger than this is refused. */
        public static final long DEFAULT_MAX_ANSWER_BYTES = 4L * 1024 * 1024;

        private final ClientSettings s;

        private Builder() {
            this(new ClientSettings());
        }

        private Builder(ClientSettings settings) {
            this.s = settings;
        }

        /**
         * Takes {@value LtxClient#ENV_TOKEN}, {@value LtxClient#ENV_BASE_URL} and {@value LtxClient#ENV_EMAIL} from the
         * process environment where set (blank counts as unset); later setters override them.
         */
        public Builder fromEnv() {
            return fromEnv(System.getenv());
        }

        /** The same from the given variables. {@link #build()} names {@value LtxClient#ENV_TOKEN} if the token is missing. */
        public Builder fromEnv(Map<String, String> env) {
            Objects.requireNonNull(env, "env");
            s.tokenFromEnvironment = true;
            if (present(env.get(ENV_TOKEN))) {
                token(env.get(ENV_TOKEN));
            }
            if (present(env.get(ENV_BASE_URL))) {
                baseUrl(env.get(ENV_BASE_URL).trim());
            }
            if (present(env.get(ENV_EMAIL))) {
                email(env.get(ENV_EMAIL).trim());
            }
            return this;
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        /**
         * Default {@value LtxClient#DEFAULT_BASE_URL}. Must be https, except for loopback hosts (the mock) or with
         * {@link #allowPlainHttp(boolean)}.
         */
        public Builder baseUrl(String baseUrl) {
            s.baseUrl = baseUrl;
            return this;
        }

        /**
         * Permits plain {@code http://} to the non-loopback host that {@link #baseUrl} names, e.g. a mock server in
         * another container ({@code http://ltx-mock:8089/v1/ltxstudio}). Off by default: the token then travels
         * unencrypted, so use it only on a network you trust. Loopback hosts never need it.
         */
        public Builder allowPlainHttp(boolean allow) {
            s.allowPlainHttp = allow;
            return this;
        }

        /**
         * The useapi.net API token (required). Sent as an HTTP header, so it must be visible ASCII (no spaces, control
         * or non-ASCII characters): anything else is refused by {@link #build()}. Never logged or shown.
         */
        public Builder token(String token) {
            s.token = token;
            return this;
        }

        /** The LTX account e-mail, sent when a request names none (required by the API with several accounts). */
        public Builder email(String email) {
            s.email = email;
            return this;
        }

        /** Time to open a connection; default 10 s; must be positive. */
        public Builder connectTimeout(Duration d) {
            s.connectTimeout = d;
            return this;
        }

        /** Total time for one exchange, headers and body; default 90 s; must be positive. */
        public Builder readTimeout(Duration d) {
            s.readTimeout = d;
            return this;
        }

        /** Attempts in all for retryable calls (1 = no retries), 1 to 10; default 4. Submits and uploads are re-sent only when not taken. */
        public Builder maxAttempts(int n) {
            s.maxAttempts = n;
            return this;
        }

        /** The backoff unit of retries; default 500 ms; must be positive. */
        public Builder retryBaseDelay(Duration d) {
            s.retryBaseDelay = d;
            return this;
        }

        /** Cap of one retry wait, {@code Retry-After} included; default 30 s; must be positive. */
        public Builder maxRetryDelay(Duration d) {
            s.maxRetryDelay = d;
            return this;
        }

        /** Largest image {@code download} accepts; default {@value #DEFAULT_MAX_DOWNLOAD_BYTES} bytes (50 MiB); positive. */
        public Builder maxDownloadBytes(long bytes) {
            s.maxDownloadBytes = bytes;
            return this;
        }

        /** Largest API answer read; default {@value #DEFAULT_MAX_ANSWER_BYTES} bytes (4 MiB); positive. */
        public Builder maxAnswerBytes(long bytes) {
            s.maxAnswerBytes = bytes;
            return this;
        }

        /** How {@code await} spaces its status reads (default 1 s growing ×1.5 to 5 s). Not null. */
        public Builder polling(Backoff backoff) {
            s.polling = Objects.requireNonNull(backoff, "polling must not be null (use Backoff.DEFAULT_POLLING)");
            return this;
        }

        /** How much to log (SLF4J logger {@code dev.ltxflux.feign.LtxClient}); default {@link LogLevel#NONE}. Not null. */
        public Builder logLevel(LogLevel level) {
            s.logLevel = Objects.requireNonNull(level, "logLevel must not be null (use LogLevel.NONE)");
            return this;
        }

        /** Where submitted job ids are recorded before waiting; default none. Not null (use {@link JobJournalPort#none()}). */
        public Builder journal(JobJournalPort journal) {
            s.journal = Objects.requireNonNull(journal, "journal must not be null (use JobJournalPort.none())");
            return this;
        }

        /** A file journal at {@code file}. Not null. */
        public Builder journal(Path file) {
            return journal(new FileJobJournal(Objects.requireNonNull(file, "journal file must not be null")));
        }

        /** Runs status reads of {@code awaitAsync}; default (null) a private pool of 4 daemon threads. */
        public Builder executor(java.util.concurrent.Executor executor) {
            s.executor = executor;
            return this;
        }

        /**
         * Hears every call, retry and await (metrics, tracing); default (or null) {@link ClientEventsPort#NONE}. What it
         * throws is ignored.
         */
        public Builder events(ClientEventsPort events) {
            s.events = events == null ? ClientEventsPort.NONE : events;
            return this;
        }

        /** The clock deadlines and durations are measured with; default the system UTC clock. Not null. */
        public Builder clock(Clock clock) {
            s.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /** How retries and polls wait; default real time (the JDK's shared delayed executor). Tests pass a virtual one. Not null. */
        public Builder scheduler(Scheduler scheduler) {
            s.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
            return this;
        }

        /** The client, or an {@link InvalidRequestException} naming every bad setting. */
        public LtxClient build() {
            List<Violation> found = s.violations();
            if (!found.isEmpty()) {
                throw new InvalidRequestException(found);
            }
            return new LtxClient(s);
        }

        @Override
        public String toString() {
            return "LtxClient.Builder[baseUrl=" + s.baseUrl + ", token=" + RedactingLogger.REDACTED + "]";
        }
    }
}
