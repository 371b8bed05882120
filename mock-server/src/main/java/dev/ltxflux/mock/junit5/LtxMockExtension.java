package dev.ltxflux.mock.junit5;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.ControllableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mock server in a JUnit 5 test, on a free port, reset before each test:
 * <pre>{@code
 * @RegisterExtension
 * static LtxMockExtension ltx = new LtxMockExtension();
 * ... LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).build();
 * }</pre>
 * On a static field the server lives for the class; on an instance field, for each test.
 */
public final class LtxMockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final MockConfig config;
    private final boolean manualClock;
    private LtxMockServer server;
    private LtxMockAdmin admin;
    private boolean perClass;

    /** Test defaults: free port, 300 ms jobs, 100 ms poll interval, strict mode. */
    public LtxMockExtension() {
        this(MockConfig.forTests());
    }

    public LtxMockExtension(MockConfig config) {
        this(config, false);
    }

    private LtxMockExtension(MockConfig config, boolean manualClock) {
        this.config = config;
        this.manualClock = manualClock;
    }

    /**
     * The same mock on a clock that stands still until {@link #advance(Duration)} moves it (put back before each test):
     * a job stays {@code active} until the test advances past its duration, so nothing sleeps and nothing races.
     * A client polling with real sleeps will wait forever on it: use it with direct HTTP or a fake sleeper.
     */
    public LtxMockExtension withManualClock() {
        return new LtxMockExtension(config, true);
    }

    /** Test defaults changed by {@code change}, e.g. {@code b -> b.credits(1)}. */
    public static LtxMockExtension with(UnaryOperator<MockConfig.Builder> change) {
        return new LtxMockExtension(change.apply(MockConfig.forTests().toBuilder()).build());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        server = newServer();
    }

    private LtxMockServer newServer() {
        Clock clock = manualClock ? ControllableClock.frozen(Clock.systemUTC()) : Clock.systemUTC();
        LtxMockServer started = new LtxMockServer(config, clock, LtxMockServer.DEFAULT_RECORD_DIR).start();
        admin = LtxMockAdmin.at(started.origin());
        return started;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            server = newServer();
        } else {
            server.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass && server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public String baseUrl() {
        return server().baseUrl();
    }

    public String token() {
        return server().token();
    }

    /** Moves the mock's clock forward: jobs progress, end and send webhooks as if {@code amount} had passed. */
    public void advance(Duration amount) {
        server().clock().advance(amount);
    }

    /** The jobs the mock holds, with what the client sent (prompt, reference, seed, replyRef …) and their phase now. */
    public List<LtxMockAdmin.Job> jobs() {
        return admin().jobs();
    }

    /** A typed client of this mock's admin API: faults, webhooks, requests, drifts, clock. */
    public LtxMockAdmin admin() {
        server();
        return admin;
    }

    public LtxMockServer server() {
        if (server == null) {
            throw new IllegalStateException("the LTX mock server runs only during a test");
        }
        return server;
    }
}
