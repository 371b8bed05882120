package dev.ltxflux.mock.junit5;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.view.JobView;
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
 * LtxMockExtension ltx = new LtxMockExtension();          // or a static field: one server for the class
 * ... LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).build();
 * }</pre>
 * <p><b>On an instance field</b> the server comes from a pool kept for the whole test run: each test borrows one made
 * with exactly this extension's configuration (every {@link MockConfig} setting and the clock option: differently
 * configured extensions never share a server) and gives it back after; the pool stops its servers when the run ends
 * (and keeps only a few idle: the least recently used beyond that are stopped).
 * Before a test sees a reused server it is reset to how a fresh one starts: no jobs, uploads (except the documented
 * example), planned faults, webhook deliveries (one still waiting for its job's end is dropped), request logs, strict-mode drifts, WireMock stubs,
 * scenarios or global settings added through the admin API; credits back to the configured amount; the clock put back.
 * Only the port shows the reuse: it stays the same from test to test. A server is lent to one test at a time, so tests
 * running in parallel get servers of their own. A fixed {@code port(...)} stays bound until the run ends, unless a
 * differently configured extension on the same port needs it. {@link #withOwnServer()} opts out: a fresh server per test.
 * <p><b>On a static field</b> the server is the class's own: started before the first test, stopped after the last,
 * and between tests its LTX state (jobs, uploads, faults, webhooks, logs, drifts, credits, clock) is reset, while
 * WireMock stubs added in {@code @BeforeAll} stay.
 */
public final class LtxMockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final MockConfig config;
    private final boolean manualClock;
    private final boolean ownServer;
    private volatile MockServerPool pool;
    private volatile MockServerPool.Mock mock;
    /** {@code beforeAll} calls not yet matched by {@code afterAll}: a {@code @Nested} class repeats both. */
    private volatile int classDepth;

    /** Test defaults: free port, 300 ms jobs, 100 ms poll interval, strict mode. */
    public LtxMockExtension() {
        this(MockConfig.forTests());
    }

    public LtxMockExtension(MockConfig config) {
        this(config, false, false);
    }

    private LtxMockExtension(MockConfig config, boolean manualClock, boolean ownServer) {
        this.config = config;
        this.manualClock = manualClock;
        this.ownServer = ownServer;
    }

    /**
     * The same mock on a clock that stands still until {@link #advance(Duration)} moves it (put back before each test):
     * a job stays {@code active} until the test advances past its duration, so nothing sleeps and nothing races.
     * A client polling with real sleeps will wait forever on it: use it with direct HTTP, or take the client from
     * {@code dev.ltxflux.testing.LtxTestExtension} (module {@code ltxflux-testing}), whose waits run on this clock.
     */
    public LtxMockExtension withManualClock() {
        return new LtxMockExtension(config, true, ownServer);
    }

    /**
     * The same mock, but on an instance field a server of its own for each test, started before it and stopped after it
     * (a new port each time), instead of one borrowed from the run's pool. Slower (tens of milliseconds per test rather
     * than well under one); for tests that need a server no earlier test has touched. No change on a static field.
     */
    public LtxMockExtension withOwnServer() {
        return new LtxMockExtension(config, manualClock, true);
    }

    /** Test defaults changed by {@code change}, e.g. {@code b -> b.credits(1)}. */
    public static LtxMockExtension with(UnaryOperator<MockConfig.Builder> change) {
        return new LtxMockExtension(change.apply(MockConfig.forTests().toBuilder()).build());
    }

    private MockServerPool.Key key() {
        return new MockServerPool.Key(config, manualClock);
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (classDepth++ == 0) {
            pool = MockServerPool.of(context, Clock.systemUTC());
            mock = pool.own(key());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MockServerPool.Mock held = mock;
        if (classDepth > 0 && held != null) {
            held.server().reset();
            return;
        }
        MockServerPool run = MockServerPool.of(context, Clock.systemUTC());
        pool = run;
        mock = ownServer ? run.own(key()) : run.borrow(key());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockServerPool.Mock held = mock;
        if (classDepth == 0 && held != null) {
            mock = null;
            if (ownServer) {
                pool.stop(held);
            } else {
                pool.giveBack(held);
            }
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classDepth == 0 && mock != null) {
            MockServerPool.Mock held = mock;
            mock = null;
            pool.stop(held);
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
    public List<JobView> jobs() {
        return admin().jobs();
    }

    /** A typed client of this mock's admin API: faults, webhooks, requests, drifts, clock. */
    public LtxMockAdmin admin() {
        return held().admin();
    }

    /** The server this test uses (on an instance field: lent to it for the test, back to the pool after it). */
    public LtxMockServer server() {
        return held().server();
    }

    private MockServerPool.Mock held() {
        MockServerPool.Mock held = mock;
        if (held == null) {
            throw new IllegalStateException("the LTX mock server runs only during a test");
        }
        return held;
    }
}
