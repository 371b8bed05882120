package dev.ltxflux.testing;

import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.feign.LtxClientBuilder;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.state.ControllableClock;
import dev.ltxflux.mock.view.JobView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mock server in a user's JUnit 5 test, with a client already wired to it (base URL, token):
 * <pre>{@code
 * @RegisterExtension
 * LtxTestExtension ltx = LtxTestExtension.withManualClock();
 * ... LtxClient client = ltx.client();      // closed after the test
 * }</pre>
 * It wraps an {@link LtxMockExtension} (same pooling, reset and static-field rules) and adds {@link #client()} and
 * {@link #clientBuilder()}. <b>On a manual clock</b> ({@link #withManualClock()}) the client's polls, retry pauses and
 * await deadlines run on the mock's clock and drive it: whenever the client waits and has no read in flight, the
 * mock's clock jumps to the moment it waits for. A blocking {@code await} or {@code edit} therefore ends at once, as
 * far as the mock's jobs allow, and a test never waits in real time (a job the test fails or that never ends runs
 * into the await's own timeout, also virtual). {@link #advance(Duration)} still moves the clock by hand. <b>On the
 * real clock</b> (the default) jobs take {@link #JOB_DURATION} (100 ms) and the client polls from 20 ms up to 100 ms,
 * so a real-time flow costs little more than the job.
 */
public final class LtxTestExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    /** How long the mock's jobs take, unless {@link #of(LtxMockExtension)} says otherwise. */
    public static final Duration JOB_DURATION = Duration.ofMillis(100);
    /** How the client on the real clock polls: 20 ms growing ×1.5 to 100 ms, for short jobs. */
    public static final Backoff REAL_CLOCK_POLLING = new Backoff(Duration.ofMillis(20), 1.5, Duration.ofMillis(100));

    private final LtxMockExtension mock;
    private final List<AutoCloseable> perTest = new CopyOnWriteArrayList<>();

    private LtxTestExtension(LtxMockExtension mock) {
        this.mock = mock;
    }

    /** The test mock's defaults ({@link LtxMockExtension#LtxMockExtension()}: strict, free port) with {@link #JOB_DURATION} jobs, on the real clock. */
    public LtxTestExtension() {
        this(shortJobs());
    }

    private static LtxMockExtension shortJobs() {
        return LtxMockExtension.with(b -> b.jobDuration(JOB_DURATION).pollInterval(Duration.ofMillis(50)));
    }

    /** Around a mock configured as you like, e.g. {@code LtxTestExtension.of(LtxMockExtension.with(b -> b.credits(1)))}. */
    public static LtxTestExtension of(LtxMockExtension mock) {
        return new LtxTestExtension(java.util.Objects.requireNonNull(mock, "mock"));
    }

    /** The same mock on a manual clock that the client's waits drive (see the class comment). */
    public static LtxTestExtension withManualClock() {
        return new LtxTestExtension(shortJobs().withManualClock());
    }

    /**
     * A new client of this test's mock, closed after the test. On a manual clock its waits run on the mock's clock.
     * @throws IllegalStateException outside a test
     */
    public LtxClient client() {
        LtxClient client = clientBuilder().build();
        perTest.add(client);
        return client;
    }

    /**
     * A builder wired to this test's mock (base URL, token and, on a manual clock, the mock's clock, virtual waits and
     * the executor they watch); change what you like, e.g. {@code ltx.clientBuilder().maxAttempts(1).build()}. The
     * virtual waits end after the test; a client built from it is yours to close. Replacing {@code clock}, {@code delays} or {@code executor} on a manual clock
     * gives back real waiting: a blocking await then never ends unless something advances the mock's clock.
     */
    public LtxClientBuilder clientBuilder() {
        LtxMockServer server = mock.server();
        LtxClientBuilder b = LtxClient.builder().baseUrl(server.baseUrl()).token(server.token());
        ControllableClock clock = server.clock();
        if (!clock.isFrozen()) {
            return b.polling(REAL_CLOCK_POLLING);
        }
        BusyExecutor reads = new BusyExecutor();
        MockClockDelays delays = new MockClockDelays(clock, reads);
        perTest.add(delays);
        perTest.add(reads);
        return b.clock(clock).delays(delays).executor(reads);
    }

    /** Whether this test's mock runs on a manual clock (its client's waits then drive it). */
    public boolean manualClock() {
        return mock.server().clock().isFrozen();
    }

    /** The wrapped mock extension. */
    public LtxMockExtension mock() {
        return mock;
    }

    public String baseUrl() {
        return mock.baseUrl();
    }

    public String token() {
        return mock.token();
    }

    /** Moves the mock's clock forward by hand (see {@link LtxMockExtension#advance(Duration)}). */
    public void advance(Duration amount) {
        mock.advance(amount);
    }

    public List<JobView> jobs() {
        return mock.jobs();
    }

    public LtxMockAdmin admin() {
        return mock.admin();
    }

    public LtxMockServer server() {
        return mock.server();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        mock.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        mock.beforeEach(context);
    }

    /** Closes this test's clients and virtual waits, then gives the mock back. */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            for (int i = perTest.size() - 1; i >= 0; i--) {
                perTest.get(i).close(); // the clients first, then the waits and reads they used
            }
        } finally {
            perTest.clear();
            mock.afterEach(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        mock.afterAll(context);
    }
}
