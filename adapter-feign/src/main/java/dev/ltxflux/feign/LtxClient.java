package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
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
import dev.ltxflux.core.service.Scheduler;
import dev.ltxflux.feign.wire.BodyEncoder;
import dev.ltxflux.feign.wire.LtxApi;
import dev.ltxflux.feign.wire.WireMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final AwaitJobUseCase awaiter;
    private final EditImageUseCase edits;
    private final JobJournalPort journal;
    private final ExecutorService ownedExecutor;
    /** The settings this client was built from, for {@link #withOptions}. */
    private final Builder settings;

    private LtxClient(Builder b) {
        this.settings = b.copy();
        this.baseUrl = b.baseUrl;
        Clock clock = Clock.systemUTC();
        WireMapper mapper = new WireMapper(clock);
        boolean loopback = isLoopback(URI.create(b.baseUrl).getHost());
        HttpClient http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .version(loopback ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2).build();
        RetryPolicy retry = new RetryPolicy(b.maxAttempts, b.retryBaseDelay, b.maxRetryDelay,
                d -> Thread.sleep(d.toMillis()), new Random());
        String token = b.token;
        LtxApi api = Feign.builder()
                .client(new Http2Client(http))
                .encoder(new BodyEncoder(mapper.json()))
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(b.connectTimeout, b.readTimeout, false))
                .requestInterceptor(template -> template.header("Authorization", "Bearer " + token))
                .logger(new RedactingLogger(token))
                .logLevel(b.logLevel)
                .target(LtxApi.class, b.baseUrl);
        this.ports = new FeignPorts(api, mapper, retry, b.email);
        HttpClient assets = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        DownloadArtifactPort downloader = new HttpArtifactDownloader(assets, b.readTimeout, retry);
        this.ownedExecutor = b.executor == null ? Executors.newFixedThreadPool(4, daemonThreads()) : null;
        this.awaiter = new AwaitJobService(ports, clock, Scheduler.system(), b.executor == null ? ownedExecutor : b.executor, b.polling);
        this.journal = b.journal;
        this.edits = new EditImageService(ports, ports, journal, awaiter, ports, downloader, clock);
    }

    /** A client from {@value #ENV_TOKEN} (required), {@value #ENV_BASE_URL} and {@value #ENV_EMAIL} (optional). */
    public static LtxClient fromEnv() {
        return fromEnv(System.getenv());
    }

    static LtxClient fromEnv(Map<String, String> env) {
        String token = env.get(ENV_TOKEN);
        if (token == null || token.isBlank()) {
            throw new InvalidRequestException(ENV_TOKEN, "is required: set it to your useapi.net API token");
        }
        Builder b = builder().token(token);
        if (env.get(ENV_BASE_URL) != null && !env.get(ENV_BASE_URL).isBlank()) {
            b.baseUrl(env.get(ENV_BASE_URL));
        }
        if (env.get(ENV_EMAIL) != null && !env.get(ENV_EMAIL).isBlank()) {
            b.email(env.get(ENV_EMAIL));
        }
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A second client with this one's settings changed by {@code change}, e.g. another account:
     * {@code ltx.withOptions(o -> o.email("second@example.com"))}. It is independent: close it too.
     */
    public LtxClient withOptions(java.util.function.Consumer<Builder> change) {
        Builder b = settings.copy();
        change.accept(b);
        return b.build();
    }

    /** Submits one edit, exactly once (journaled when a journal is set). */
    public Submission submit(EditRequest request) {
        return edits.submit(request);
    }

    /** The job's current state. */
    public Job status(JobId id) {
        return ports.read(id);
    }

    /** Waits until the job is done (completed with an asset URL) or failed, or the timeout passes. */
    public Job await(JobId id, AwaitOptions options) {
        return awaiter.await(id, options);
    }

    /** The same without holding a thread while waiting. */
    public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
        return awaiter.awaitAsync(id, options);
    }

    /** Uploads a PNG, JPEG or WebP file (checked before sending) as a reference image. */
    public UploadedAsset upload(Path image) {
        return ports.upload(AssetUpload.of(ReferenceImage.of(image)));
    }

    public UploadedAsset upload(AssetUpload upload) {
        return ports.upload(upload);
    }

    /** Downloads a done job's image to {@code target} (re-reading the job once if its link has expired). */
    public Path download(Job job, Path target) {
        return edits.download(job, target);
    }

    /** The whole flow: upload (if a file) → submit → journal → await → download. */
    public EditOutcome edit(EditImageCommand command) {
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

    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "LtxClient[baseUrl=" + baseUrl + ", token=" + RedactingLogger.REDACTED + "]";
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ltxflux-await-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Configures an {@link LtxClient}. Not thread-safe; the client it builds is. */
    public static final class Builder {
        /** 10 s to open a connection. */
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
        /** 90 s per answer: a {@code pollForResult} submit may be held up to 60 s by the server. */
        public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);
        /** 4 attempts in all for a retryable call. */
        public static final int DEFAULT_MAX_ATTEMPTS = 4;
        /** 500 ms backoff unit (full jitter, doubling). */
        public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(500);
        /** 30 s cap on one retry wait, {@code Retry-After} included. */
        public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(30);

        private String baseUrl = DEFAULT_BASE_URL;
        private String token;
        private String email;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration retryBaseDelay = DEFAULT_RETRY_BASE_DELAY;
        private Duration maxRetryDelay = DEFAULT_MAX_RETRY_DELAY;
        private Backoff polling = Backoff.DEFAULT_POLLING;
        private Logger.Level logLevel = Logger.Level.NONE;
        private JobJournalPort journal = JobJournalPort.none();
        private java.util.concurrent.Executor executor;
        private ClientEventsPort events = ClientEventsPort.NONE;

        private Builder() {
        }

        private Builder copy() {
            Builder b = new Builder();
            b.baseUrl = baseUrl;
            b.token = token;
            b.email = email;
            b.connectTimeout = connectTimeout;
            b.readTimeout = readTimeout;
            b.maxAttempts = maxAttempts;
            b.retryBaseDelay = retryBaseDelay;
            b.maxRetryDelay = maxRetryDelay;
            b.polling = polling;
            b.logLevel = logLevel;
            b.journal = journal;
            b.executor = executor;
            b.events = events;
            return b;
        }

        /** Default {@value LtxClient#DEFAULT_BASE_URL}; http is accepted only for loopback hosts (the mock). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The useapi.net API token (required). Never logged or shown. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** The LTX account e-mail, sent when a request names none (required by the API with several accounts). */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        /** Attempts in all for retryable calls (1 = no retries). Submits and uploads are re-sent only when not taken. */
        public Builder maxAttempts(int n) {
            this.maxAttempts = n;
            return this;
        }

        public Builder retryBaseDelay(Duration d) {
            this.retryBaseDelay = d;
            return this;
        }

        public Builder maxRetryDelay(Duration d) {
            this.maxRetryDelay = d;
            return this;
        }

        /** How {@code await} spaces its status reads (default 1 s growing ×1.5 to 5 s). */
        public Builder polling(Backoff backoff) {
            this.polling = backoff;
            return this;
        }

        /** Feign's log level (SLF4J logger {@code dev.ltxflux.feign.LtxClient}); the token is redacted at every level. */
        public Builder logLevel(Logger.Level level) {
            this.logLevel = level;
            return this;
        }

        /** Where submitted job ids are recorded before waiting; default none. */
        public Builder journal(JobJournalPort journal) {
            this.journal = journal;
            return this;
        }

        /** A file journal at {@code file}. */
        public Builder journal(Path file) {
            return journal(new FileJobJournal(file));
        }

        /** Runs status reads of {@code awaitAsync}; default a private pool of 4 daemon threads. */
        public Builder executor(java.util.concurrent.Executor executor) {
            this.executor = executor;
            return this;
        }

        /** Hears every call, retry and await (metrics, tracing); default {@link ClientEventsPort#NONE}. */
        public Builder events(ClientEventsPort events) {
            this.events = events == null ? ClientEventsPort.NONE : events;
            return this;
        }

        /** The client, or an {@link InvalidRequestException} naming every bad setting. */
        public LtxClient build() {
            List<Violation> found = new ArrayList<>();
            if (token == null || token.isBlank()) {
                found.add(new Violation("token", "is required (useapi.net API token)"));
            } else if (token.chars().anyMatch(c -> c < 0x21 || c == 0x7F)) {
                found.add(new Violation("token", "must not contain spaces or control characters"));
            }
            checkBaseUrl(found);
            if (email != null && !email.matches(EditRequest.EMAIL_PATTERN.replace("(?![\\s\\S])", "$"))) {
                found.add(new Violation("email", "must be an e-mail address"));
            }
            positive(found, "connectTimeout", connectTimeout);
            positive(found, "readTimeout", readTimeout);
            if (maxAttempts < 1 || maxAttempts > 10) {
                found.add(new Violation("maxAttempts", "must be between 1 and 10"));
            }
            positive(found, "retryBaseDelay", retryBaseDelay);
            positive(found, "maxRetryDelay", maxRetryDelay);
            if (!found.isEmpty()) {
                throw new InvalidRequestException(found);
            }
            return new LtxClient(this);
        }

        private void checkBaseUrl(List<Violation> found) {
            if (baseUrl == null) {
                found.add(new Violation("baseUrl", "is required"));
                return;
            }
            baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                found.add(new Violation("baseUrl", "must be an absolute URL"));
                return;
            }
            if (uri.getHost() == null || !uri.isAbsolute()) {
                found.add(new Violation("baseUrl", "must be an absolute URL with a host"));
            } else if (!"https".equalsIgnoreCase(uri.getScheme())
                    && !("http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost()))) {
                found.add(new Violation("baseUrl", "must use https (http is allowed only for loopback hosts)"));
            }
        }

        private static void positive(List<Violation> found, String field, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                found.add(new Violation(field, "must be positive"));
            }
        }

        @Override
        public String toString() {
            return "LtxClient.Builder[baseUrl=" + baseUrl + ", token=" + RedactingLogger.REDACTED + "]";
        }
    }
}
