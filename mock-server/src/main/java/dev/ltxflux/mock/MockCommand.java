package dev.ltxflux.mock;

import dev.ltxflux.mock.config.EnvironmentOptions;
import dev.ltxflux.mock.config.MockConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar ltxflux-mock-server.jar [options]}: runs the mock until Ctrl-C. */
@Command(name = "ltxflux-mock", mixinStandardHelpOptions = true, version = "ltxflux mock server 0.1.0",
        description = "Runs the useapi.net LTX Studio API v1 (image edit flow) as a local mock (on 127.0.0.1 unless --bind says otherwise).",
        defaultValueProvider = EnvironmentOptions.class,
        footer = {"", "Environment: every option can also be set by a variable, an argument wins:",
                "  --foo-bar is LTXFLUX_MOCK_FOO_BAR, e.g. LTXFLUX_MOCK_PORT=9000,",
                "  LTXFLUX_MOCK_JOB_DURATION=1s, LTXFLUX_MOCK_STRICT=true (flags: true/false),",
                "  LTXFLUX_MOCK_ACCOUNTS=a@x.test,b@x.test (lists: commas).",
                "Health: GET /__health answers {\"status\":\"UP\",\"version\":...}, no token, any Host."})
public final class MockCommand implements Callable<Integer> {

    @Option(names = "--port", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = MockConfig.DEFAULT_PORT;

    @Option(names = "--token", description = "API token to accept (default: ${DEFAULT-VALUE})")
    String token = MockConfig.DEFAULT_TOKEN;

    @Option(names = "--job-duration", converter = DurationConverter.class, description = "how long a job runs, e.g. 4s, 500ms, 1m (default: 4s)")
    Duration jobDuration = MockConfig.DEFAULT_JOB_DURATION;

    @Option(names = "--poll-interval", converter = DurationConverter.class, description = "server-side wait per pollForResult attempt (default: 3s)")
    Duration pollInterval = MockConfig.DEFAULT_POLL_INTERVAL;

    @Option(names = "--seed", description = "seed for ids and images (default: ${DEFAULT-VALUE})")
    long seed = MockConfig.DEFAULT_SEED;

    @Option(names = "--accounts", split = ",", description = "configured LTX accounts (default: user@example.com)")
    List<String> accounts = List.of(MockConfig.DEFAULT_ACCOUNT);

    @Option(names = "--credits", description = "credits per account, one per job; negative = unlimited (default: ${DEFAULT-VALUE})")
    long credits = MockConfig.DEFAULT_CREDITS;

    @Option(names = "--max-jobs", description = "concurrent jobs per account before 429 (default: ${DEFAULT-VALUE})")
    int maxJobs = MockConfig.DEFAULT_MAX_JOBS;

    @Option(names = "--no-out-of-sync", negatable = true, description = "serve the first completed read without its artifact, as the docs warn (default: on)")
    boolean outOfSync = MockConfig.DEFAULT_COMPLETED_WITHOUT_ARTIFACT;

    @Option(names = "--strict", description = "validate every response the mock sends against the schemas")
    boolean strict;

    @Option(names = "--retention", converter = DurationConverter.class, description = "job and upload lifetime (default: 1h)")
    Duration retention = MockConfig.DEFAULT_RETENTION;

    @Option(names = "--artifact-ttl", converter = DurationConverter.class, description = "lifetime of a signed artifact URL (default: 30m)")
    Duration artifactTtl = MockConfig.DEFAULT_ARTIFACT_TTL;

    @Option(names = "--webhook-attempts", description = "delivery attempts per webhook (default: ${DEFAULT-VALUE})")
    int webhookAttempts = MockConfig.DEFAULT_WEBHOOK_ATTEMPTS;

    @Option(names = "--webhook-backoff", converter = DurationConverter.class, description = "first webhook retry delay, doubled per attempt (default: 1s)")
    Duration webhookBackoff = MockConfig.DEFAULT_WEBHOOK_BACKOFF;

    @Option(names = "--verbose", description = "print one line per request to stderr")
    boolean verbose;

    @Option(names = "--journal", description = "keep WireMock's request journal (/__admin/requests, last 10,000 requests)")
    boolean journal;

    @Option(names = "--record-from", description = "proxy to this base URL and record WireMock mappings instead of mocking")
    String recordFrom;

    @Option(names = "--record-dir", description = "where --record-from writes mappings (default: ${DEFAULT-VALUE})")
    Path recordDir = LtxMockServer.DEFAULT_RECORD_DIR;

    @Option(names = "--no-admin", description = "drop the admin API (/__admin/...): only the LTX API is served")
    boolean noAdmin;

    @Option(names = "--admin-token", description = "require Authorization: Bearer <token> on every admin request (default: none)")
    String adminToken;

    @Option(names = "--admin-host", split = ",", description = "Host names the admin API answers besides loopback (default: none)")
    List<String> adminHosts = List.of();

    @Option(names = "--allow-admin-writes", description = "let WireMock's admin API write files (persistent stubs, mappings/save, __files)")
    boolean allowAdminWrites;

    @Option(names = "--allow-proxy-stubs", description = "let stubs added through the admin API proxy, record or call webhooks")
    boolean allowProxyStubs;

    @Option(names = "--webhook-allow-private", description = "let webhooks target private and link-local addresses (loopback is always allowed, except the mock's own port)")
    boolean webhookAllowPrivate;

    @Option(names = "--webhook-timeout", converter = DurationConverter.class, description = "total time of one webhook delivery attempt (default: 10s)")
    Duration webhookTimeout = MockConfig.DEFAULT_WEBHOOK_TIMEOUT;

    @Option(names = "--webhook-threads", description = "webhook deliveries in flight at once, one thread each (default: ${DEFAULT-VALUE})")
    int webhookThreads = MockConfig.DEFAULT_WEBHOOK_THREADS;

    @Option(names = "--max-body-bytes", description = "largest request body except uploads; 413 beyond (default: ${DEFAULT-VALUE})")
    long maxBodyBytes = MockConfig.DEFAULT_MAX_BODY_BYTES;

    @Option(names = "--max-upload-bytes", description = "largest upload; 413 beyond (default: ${DEFAULT-VALUE})")
    long maxUploadBytes = MockConfig.DEFAULT_MAX_UPLOAD_BYTES;

    @Option(names = "--max-stored-uploads", description = "uploads kept at once; 429 beyond (default: ${DEFAULT-VALUE})")
    int maxStoredUploads = MockConfig.DEFAULT_MAX_STORED_UPLOADS;

    @Option(names = "--max-stored-upload-bytes", description = "bytes of uploads kept at once; 429 beyond (default: ${DEFAULT-VALUE})")
    long maxStoredUploadBytes = MockConfig.DEFAULT_MAX_STORED_UPLOAD_BYTES;

    @Option(names = "--max-pixels", description = "largest accepted image, width x height, read from its header; 400 beyond (default: ${DEFAULT-VALUE})")
    long maxPixels = MockConfig.DEFAULT_MAX_PIXELS;

    @Option(names = "--render-cache", description = "rendered artifacts kept in memory (default: ${DEFAULT-VALUE})")
    int renderCache = MockConfig.DEFAULT_RENDER_CACHE;

    @Option(names = "--body-read-timeout", converter = DurationConverter.class, description = "how long a request body may take, and a connection may stay silent; 408 beyond (default: 30s)")
    Duration bodyReadTimeout = MockConfig.DEFAULT_BODY_READ_TIMEOUT;

    @Option(names = "--accept-queue", description = "TCP accept backlog (default: ${DEFAULT-VALUE})")
    int acceptQueue = MockConfig.DEFAULT_ACCEPT_QUEUE;

    @Option(names = "--container-threads", description = "request threads (default: ${DEFAULT-VALUE})")
    int containerThreads = MockConfig.DEFAULT_CONTAINER_THREADS;

    @Option(names = "--bind", description = "address to listen on; 0.0.0.0 in a container (default: 127.0.0.1; the image: 0.0.0.0)")
    String bind = MockConfig.DEFAULT_BIND_ADDRESS;

    @Option(names = "--cors", split = ",", description = "browser origins allowed to call the API, e.g. http://localhost:3000, or * (default: none)")
    List<String> cors = List.of();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;

    public MockCommand() {
        this(System.out);
    }

    /** Prints its ready line to {@code out} (an embedding program's own stream). */
    public MockCommand(PrintStream out) {
        this.out = out;
    }

    /** The configuration these options describe; option errors name the option. */
    public MockConfig config() {
        EnvironmentOptions env = spec != null && spec.defaultValueProvider() instanceof EnvironmentOptions e ? e : null;
        try {
            if (env != null) {
                env.applyNegatable(spec);
            }
            return settings();
        } catch (IllegalArgumentException e) {
            // a value from LTXFLUX_MOCK_<OPTION> is refused naming the variable as well as the option
            throw env == null ? e : new IllegalArgumentException(env.blame(spec, e.getMessage()), e);
        }
    }

    private MockConfig settings() {
        return MockConfig.builder().port(port).token(token).jobDuration(jobDuration).pollInterval(pollInterval).seed(seed)
                .accounts(accounts).credits(credits).maxJobs(maxJobs).completedWithoutArtifact(outOfSync).strict(strict)
                .retention(retention).artifactTtl(artifactTtl).webhookAttempts(webhookAttempts).webhookBackoff(webhookBackoff).verbose(verbose).recordFrom(recordFrom).requestJournal(journal)
                .bindAddress(bind).corsOrigins(cors)
                .admin(!noAdmin).adminToken(adminToken).adminHosts(adminHosts).allowAdminWrites(allowAdminWrites)
                .allowProxyStubs(allowProxyStubs).webhookAllowPrivate(webhookAllowPrivate).webhookTimeout(webhookTimeout)
                .webhookThreads(webhookThreads).maxBodyBytes(maxBodyBytes).maxUploadBytes(maxUploadBytes)
                .maxStoredUploads(maxStoredUploads).maxStoredUploadBytes(maxStoredUploadBytes).maxPixels(maxPixels)
                .renderCache(renderCache).bodyReadTimeout(bodyReadTimeout).acceptQueue(acceptQueue)
                .containerThreads(containerThreads).build();
    }

    @Override
    public Integer call() throws InterruptedException {
        MockConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // POST /__admin/shutdown stops the server, then ends the process (main exits when call returns)
        LtxMockServer server = new LtxMockServer(config, java.time.Clock.systemUTC(), recordDir).onShutdown(stopped::countDown)
                .releaseMemoryAfterEviction(true);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            if (!PortInUse.causedBy(e)) {
                throw e;
            }
            spec.commandLine().getErr().println(PortInUse.message(config));
            spec.commandLine().getErr().flush();
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "ltx-mock-shutdown"));
        if (config.recording().from() != null) {
            out.println("ltxflux mock recording " + config.recording().from() + " at " + server.baseUrl() + " into " + recordDir.toAbsolutePath());
        } else {
            out.println("ltxflux mock server ready at " + server.baseUrl() + " (token: " + config.server().token() + ")");
            if (config.edge().admin()) {
                out.println("dashboard: " + server.origin() + "/__admin/ltx/ui");
            }
        }
        out.flush();
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        StartupWarmer.start();
        System.exit(new CommandLine(new MockCommand()).execute(args));
    }
}
