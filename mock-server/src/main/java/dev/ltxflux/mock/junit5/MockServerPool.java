package dev.ltxflux.mock.junit5;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.ControllableClock;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mock servers of one test run, kept in JUnit's root store: a test borrows an idle server of its extension's exact
 * configuration (reset to how a fresh one starts) or gets a new one, and gives it back after; JUnit closes the pool, and
 * so stops every server, when the run ends. A server is lent to one test at a time: tests running in parallel get
 * servers of their own. At most {@link #DEFAULT_MAX_IDLE} servers wait idle (the least recently returned is stopped
 * first), so a suite with many configurations does not keep a server for each. A fixed port is held by one server:
 * before a server is started on it, an idle server of another configuration on that port is stopped (two tests running
 * at once on one fixed port still cannot both bind it). Thread-safe.
 */
// CloseableResource is what JUnit before 5.13 closes; 5.13 and later close an AutoCloseable (once, even if it is both)
@SuppressWarnings("deprecation")
final class MockServerPool implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MockServerPool.class);
    /** Idle servers kept: enough for a test class per core running at once, and a few configurations in turn. */
    static final int DEFAULT_MAX_IDLE = Math.max(4, Runtime.getRuntime().availableProcessors());

    /** What makes two servers interchangeable: every setting of the mock, and the extension's own options. */
    record Key(MockConfig config, boolean manualClock) {

        int fixedPort() {
            return config.server().port();
        }
    }

    /** A running server, its admin client, and the key it was made for. */
    record Mock(Key key, LtxMockServer server, LtxMockAdmin admin) {
    }

    /** The time the servers follow (frozen at the start of each test on a manual clock). */
    private final Clock wallClock;
    private final int maxIdle;
    /** Servers given back, the most recently returned last. */
    private final Deque<Mock> idle = new ArrayDeque<>();
    /** Every server this pool started and has not stopped, idle or lent. */
    private final Set<Mock> open = new LinkedHashSet<>();
    private boolean closed;

    MockServerPool(Clock wallClock, int maxIdle) {
        this.wallClock = wallClock;
        this.maxIdle = maxIdle;
    }

    /** The run's pool, in the root store of {@code context}; made on first use, with servers on {@code wallClock}. */
    static MockServerPool of(ExtensionContext context, Clock wallClock) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(MockServerPool.class,
                k -> new MockServerPool(wallClock, DEFAULT_MAX_IDLE), MockServerPool.class);
    }

    /**
     * A server for one test: the most recently returned idle one of this key, reset as by {@link LtxMockServer#resetAll()},
     * or a new one when none is idle (all are lent, or none was made yet).
     */
    Mock borrow(Key key) {
        List<Mock> stale = new ArrayList<>();
        Mock found = null;
        synchronized (this) {
            ensureOpen();
            for (Iterator<Mock> it = idle.descendingIterator(); found == null && it.hasNext(); ) {
                Mock candidate = it.next();
                if (!candidate.key().equals(key)) {
                    continue;
                }
                it.remove();
                if (candidate.server().isRunning()) {
                    found = candidate;
                } else {
                    open.remove(candidate); // stopped by its test (or the admin API's shutdown): not lent again
                    stale.add(candidate);
                }
            }
            if (found == null) {
                stale.addAll(freePort(key));
            }
        }
        stopAll(stale);
        if (found != null) {
            found.server().resetAll();
            return found;
        }
        return start(key);
    }

    /** Takes back what {@link #borrow(Key)} lent: idle for the next test, or stopped if it no longer runs or the run ended. */
    void giveBack(Mock mock) {
        List<Mock> stop = new ArrayList<>();
        synchronized (this) {
            if (!closed && open.contains(mock) && mock.server().isRunning()) {
                idle.addLast(mock);
            } else {
                stop.add(mock);
            }
            while (idle.size() > maxIdle) {
                stop.add(idle.pollFirst());
            }
            stop.forEach(open::remove);
        }
        stopAll(stop);
    }

    /** A server that is never lent to anyone else: {@link #stop(Mock)} ends it (a static field's, or an opted-out one). */
    Mock own(Key key) {
        List<Mock> stale;
        synchronized (this) {
            ensureOpen();
            stale = freePort(key);
        }
        stopAll(stale);
        return start(key);
    }

    /** Stops a server for good. */
    void stop(Mock mock) {
        synchronized (this) {
            open.remove(mock);
        }
        mock.server().stop();
    }

    /** Stops every server (the run ended); later borrowers are refused. */
    @Override
    public void close() {
        List<Mock> all;
        synchronized (this) {
            closed = true;
            all = new ArrayList<>(open);
            open.clear();
            idle.clear();
        }
        stopAll(all);
    }

    /** Idle servers of other keys that hold the fixed port {@code key} asks for, taken out of the pool (caller stops them). */
    private List<Mock> freePort(Key key) {
        List<Mock> holders = new ArrayList<>();
        if (key.fixedPort() == 0) {
            return holders;
        }
        idle.removeIf(m -> m.key().fixedPort() == key.fixedPort() && holders.add(m));
        holders.forEach(open::remove);
        return holders;
    }

    private Mock start(Key key) {
        Clock clock = key.manualClock() ? ControllableClock.frozen(wallClock) : wallClock;
        LtxMockServer server = new LtxMockServer(key.config(), clock, LtxMockServer.DEFAULT_RECORD_DIR).start();
        Mock mock = new Mock(key, server, LtxMockAdmin.at(server.origin(), server.config().edge().adminToken()));
        synchronized (this) {
            if (!closed) {
                open.add(mock);
                return mock;
            }
        }
        server.stop();
        throw closedError();
    }

    private void ensureOpen() {
        if (closed) {
            throw closedError();
        }
    }

    private static IllegalStateException closedError() {
        return new IllegalStateException("the test run has ended: its LTX mock servers are stopped");
    }

    private static void stopAll(List<Mock> mocks) {
        RuntimeException failure = null;
        for (Mock m : mocks) {
            try {
                m.server().stop();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
