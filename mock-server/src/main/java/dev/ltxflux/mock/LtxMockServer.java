package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.global.GlobalSettings;
import dev.ltxflux.mock.extension.LtxMockExtensions;
import dev.ltxflux.mock.extension.LtxRoutes;
import dev.ltxflux.mock.extension.RecordingWriter;
import dev.ltxflux.mock.extension.ServerControl;
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
 * Binds to 127.0.0.1 unless {@link dev.ltxflux.mock.config.ServerSettings#bindAddress()} says otherwise. Start, use {@link #baseUrl()} and
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
    private final RecordingWriter recorder;
    private ScheduledExecutorService evictor;
    private volatile Runnable shutdownHook = () -> { };
    private volatile boolean releaseMemory;
    /** Set as soon as a stop is asked for (the admin API's shutdown stops a moment later, after its answer). */
    private volatile boolean stopping;
    /** WireMock's global settings (delays, proxy pass-through) as made: {@link #resetAll()} puts them back. */
    private final GlobalSettings initialSettings;
    private final ServerControl control = new AdminShutdownControl(this);

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
        this.extensions = new LtxMockExtensions(store, catalog, control);
        WireMockOptions options = WireMockOptions.of(config, store, extensions, control, recordDir);
        this.recorder = options.recorder();
        this.server = new WireMockServer(options.configuration());
        this.initialSettings = server.getGlobalSettings().getSettings();
    }

    /** Starts serving; returns this. */
    public LtxMockServer start() {
        server.start();
        if (recorder != null) {
            recorder.ensureProxy(server);
            return this;
        }
        store.preloadExample(exampleReference());
        LtxRoutes.ensureInstalled(server);
        long sweep = Math.max(100, Math.min(config.storage().retention().toMillis() / 2, 30_000));
        evictor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ltx-mock-evictor");
            t.setDaemon(true);
            return t;
        });
        evictor.scheduleWithFixedDelay(this::evict, sweep, sweep, TimeUnit.MILLISECONDS);
        return this;
    }

    private void evict() {
        if (store.evictExpired() > 0 && releaseMemory) {
            // a standalone mock hands the evicted memory back to the OS: a full collection lets the JVM shrink its heap
            // (whatever the collector), so RSS returns after the retention period instead of staying at its high-water mark
            System.gc();
        }
    }

    /**
     * Whether the evictor asks for a full collection after it removed something, so that the process's memory shrinks
     * back (the command-line runner: on; in-process tests: off, the JVM is theirs). Returns this.
     */
    public LtxMockServer releaseMemoryAfterEviction(boolean release) {
        this.releaseMemory = release;
        return this;
    }

    /**
     * What {@code POST /__admin/shutdown} does after stopping the server: nothing by default (tests), the end of the
     * process in the command-line runner. Returns this.
     */
    public LtxMockServer onShutdown(Runnable hook) {
        this.shutdownHook = Objects.requireNonNull(hook, "hook");
        return this;
    }

    /** What {@link #onShutdown(Runnable)} set. */
    Runnable shutdownHook() {
        return shutdownHook;
    }

    /** The documented example's reference image: shipped pre-rendered, so start-up does not wait for ImageIO. */
    static byte[] exampleReference() {
        try (var in = LtxMockServer.class.getResourceAsStream("example-reference.png")) {
            return in != null ? in.readAllBytes() : ImageEditor.sample(640, 360);
        } catch (java.io.IOException e) {
            return ImageEditor.sample(640, 360);
        }
    }

    /** Stops serving (record mode writes each recording as it is made, so nothing is left to write). */
    public void stop() {
        stopping = true;
        if (evictor != null) {
            evictor.shutdownNow();
        }
        extensions.close();
        if (server.isRunning()) {
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Forgets all jobs, uploads, faults and logs and puts the clock back as it was made, which drops webhook deliveries
     * still waiting for their job's end (between tests). WireMock's own stubs stay: see {@link #resetAll()}.
     */
    public void reset() {
        clock.reset();
        store.reset();
    }

    /**
     * {@link #reset()}, and WireMock's own state as well: stubs and scenarios added through its admin API, its request
     * journal and global settings; the LTX routes (or the recording proxy) are put back. What a fresh server would hold,
     * on the same port: the JUnit extension's reset between two tests.
     */
    public void resetAll() {
        server.resetAll();
        server.resetScenarios();
        server.updateGlobalSettings(initialSettings);
        reset();
        if (recorder != null) {
            recorder.ensureProxy(server);
        } else {
            LtxRoutes.ensureInstalled(server);
        }
    }

    /** Whether it serves and no stop has been asked for (by {@link #stop()} or the admin API's shutdown). */
    public boolean isRunning() {
        return !stopping && server.isRunning();
    }

    /** A stop is coming (the admin API's shutdown): from now on {@link #isRunning()} says no. */
    void stopRequested() {
        stopping = true;
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
        String host = config.server().bindAddress();
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
        return config.server().token();
    }

    public MockConfig config() {
        return config;
    }

    /** The shared state, for tests that inspect or steer it directly. */
    public JobStore store() {
        return store;
    }
}
