package dev.ltxflux.mock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.ltxflux.mock.extension.ArtifactResponder;
import dev.ltxflux.mock.extension.JobStatusResponder;
import dev.ltxflux.mock.extension.LtxMockExtensions;
import dev.ltxflux.mock.extension.SubmitResponder;
import dev.ltxflux.mock.extension.UploadResponder;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.mock.state.ControllableClock;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.schemas.SchemaCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The LTX Studio API v1 as a local server: WireMock with one extension per behaviour, all sharing one {@link JobStore}.
 * Binds to 127.0.0.1 unless {@link MockConfig#bindAddress()} says otherwise. Start, use {@link #baseUrl()} and
 * {@link #token()}, stop. Runs on a {@link ControllableClock}: {@link #clock()} advances it.
 */
public final class LtxMockServer implements AutoCloseable {

    /** Where a record-mode run writes its mappings unless told otherwise. */
    public static final Path DEFAULT_RECORD_DIR = Path.of("ltx-recordings");

    private final MockConfig config;
    private final ControllableClock clock;
    private final JobStore store;
    private final SchemaCatalog catalog;
    private final LtxMockExtensions extensions;
    private final WireMockServer server;
    private final Path recordDir;
    private ScheduledExecutorService evictor;

    public LtxMockServer(MockConfig config) {
        this(config, Clock.systemUTC(), DEFAULT_RECORD_DIR);
    }

    /**
     * A server on an injected clock (wrapped in a {@link ControllableClock} unless it is one); {@code recordDir}
     * matters only in record mode.
     */
    public LtxMockServer(MockConfig config, Clock clock, Path recordDir) {
        this.config = Objects.requireNonNull(config, "config");
        this.recordDir = recordDir;
        this.clock = ControllableClock.following(clock);
        this.store = new JobStore(config, this.clock);
        this.catalog = new SchemaCatalog();
        this.extensions = new LtxMockExtensions(store, catalog);
        WireMockConfiguration options;
        if (config.recordFrom() != null) {
            options = options().port(config.port()).bindAddress(config.bindAddress()).usingFilesUnderDirectory(recordDir.toString());
        } else {
            options = options().port(config.port()).bindAddress(config.bindAddress())
                    .containerThreads(64).asynchronousResponseEnabled(true).asynchronousResponseThreads(8)
                    .extensions(extensions);
            options = config.requestJournal() ? options.maxRequestJournalEntries(10_000) : options.disableRequestJournal();
        }
        this.server = new WireMockServer(options);
    }

    /** Starts serving; returns this. */
    public LtxMockServer start() {
        server.start();
        if (config.recordFrom() != null) {
            server.startRecording(recordSpec().forTarget(config.recordFrom()).makeStubsPersistent(true));
            return this;
        }
        store.preloadExample(exampleReference());
        server.stubFor(post(urlPathMatching("/v1/ltxstudio/images/(flux-edit|edit)")).atPriority(1)
                .willReturn(aResponse().withTransformers(SubmitResponder.NAME)));
        server.stubFor(post(urlPathMatching("/v1/ltxstudio/assets/?")).atPriority(1)
                .willReturn(aResponse().withTransformers(UploadResponder.NAME)));
        server.stubFor(get(urlPathMatching("/v1/ltxstudio/assets/.+")).atPriority(1)
                .willReturn(aResponse().withTransformers(JobStatusResponder.NAME)));
        server.stubFor(get(urlPathMatching("/artifacts/.+")).atPriority(1)
                .willReturn(aResponse().withTransformers(ArtifactResponder.NAME)));
        server.stubFor(any(urlPathMatching("/v1/ltxstudio/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"Not found: no such route in the LTX Studio API v1\",\"code\":404}")));
        long sweep = Math.max(100, Math.min(config.retention().toMillis() / 2, 30_000));
        evictor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ltx-mock-evictor");
            t.setDaemon(true);
            return t;
        });
        evictor.scheduleWithFixedDelay(store::evictExpired, sweep, sweep, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The documented example's reference image: shipped pre-rendered, so start-up does not wait for ImageIO. */
    static byte[] exampleReference() {
        try (var in = LtxMockServer.class.getResourceAsStream("example-reference.png")) {
            return in != null ? in.readAllBytes() : ImageEditor.sample(640, 360);
        } catch (java.io.IOException e) {
            return ImageEditor.sample(640, 360);
        }
    }

    /** Stops serving (and, in record mode, writes the recorded mappings). */
    public void stop() {
        if (evictor != null) {
            evictor.shutdownNow();
        }
        extensions.close();
        if (server.isRunning()) {
            if (config.recordFrom() != null) {
                server.stopRecording();
            }
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Forgets all jobs, uploads, faults and logs and puts the clock back as it was made (between tests). */
    public void reset() {
        clock.reset();
        store.reset();
    }

    /** The clock jobs, expiry and webhooks follow: {@code clock().advance(Duration.ofSeconds(5))} skips ahead. */
    public ControllableClock clock() {
        return clock;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}, or the bound address when it is a specific one. */
    public String origin() {
        String host = config.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0")) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port();
    }

    /** {@code http://127.0.0.1:<port>/v1/ltxstudio}: the base URL to give a client. */
    public String baseUrl() {
        return origin() + "/v1/ltxstudio";
    }

    /** The token the server accepts. */
    public String token() {
        return config.token();
    }

    public MockConfig config() {
        return config;
    }

    /** The shared state, for tests that inspect or steer it directly. */
    public JobStore store() {
        return store;
    }
}
