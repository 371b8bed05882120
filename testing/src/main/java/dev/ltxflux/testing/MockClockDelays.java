package dev.ltxflux.testing;

import dev.ltxflux.core.service.Delays;
import dev.ltxflux.mock.state.ControllableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's waits (its polls, retry pauses and await deadlines) on the mock's manual clock, and that clock driven by
 * them: whenever the client has nothing in flight ({@link BusyExecutor} runs its status reads) and waits for a moment,
 * the mock's clock jumps to it. So a blocking {@code await} or {@code edit} ends as soon as the mock's jobs allow,
 * without real waiting and without the test calling {@code advance}; a wait never fires before the mock's clock reads
 * its moment, and a test's own {@code advance} fires what it reaches. Waits that are cancelled are forgotten.
 */
final class MockClockDelays implements Delays, AutoCloseable {

    private record Key(Instant due, long seq) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byDue = due.compareTo(o.due);
            return byDue != 0 ? byDue : Long.compare(seq, o.seq);
        }
    }

    private final ControllableClock clock;
    private final BusyExecutor reads;
    private final ConcurrentSkipListMap<Key, CompletableFuture<Void>> waits = new ConcurrentSkipListMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final AtomicBoolean driveQueued = new AtomicBoolean();
    private final ExecutorService driver;
    private volatile boolean closed;

    MockClockDelays(ControllableClock clock, BusyExecutor reads) {
        this.clock = clock;
        this.reads = reads;
        this.driver = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ltxflux-testing-clock");
            t.setDaemon(true);
            return t;
        });
        // the mock's clock keeps its listeners for the server's life: after close() this one does nothing
        clock.onAdvance(() -> {
            if (!closed) {
                fireDue();
            }
        });
        reads.whenIdle(this::kick);
    }

    @Override
    public CompletableFuture<Void> after(Duration delay) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the test's client was closed"));
        }
        if (delay.isNegative() || delay.isZero()) {
            return CompletableFuture.completedFuture(null);
        }
        Key key = new Key(clock.instant().plus(delay), seq.incrementAndGet());
        CompletableFuture<Void> wait = new CompletableFuture<>();
        waits.put(key, wait);
        wait.whenComplete((ignored, failure) -> waits.remove(key));
        kick();
        return wait;
    }

    /** How many waits are pending (for tests and messages). */
    int pending() {
        return waits.size();
    }

    /** Drives the clock soon, on the driver thread (never on the caller's: it may hold locks). */
    private void kick() {
        if (closed || !driveQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            driver.execute(this::drive);
        } catch (RejectedExecutionException stopped) {
            driveQueued.set(false);
        }
    }

    private void drive() {
        driveQueued.set(false);
        while (!closed && !reads.busy()) {
            var first = waits.firstEntry();
            if (first == null) {
                return;
            }
            Duration ahead = Duration.between(clock.instant(), first.getKey().due());
            if (!ahead.isNegative() && !ahead.isZero()) {
                clock.advance(ahead); // fires what is due, through the listener
            }
            fireDue();
        }
    }

    private void fireDue() {
        Instant now = clock.instant();
        for (var e : waits.headMap(new Key(now, Long.MAX_VALUE), true).entrySet()) {
            if (waits.remove(e.getKey(), e.getValue())) {
                e.getValue().complete(null);
            }
        }
    }

    /** Ends the driving; pending waits are cancelled. */
    @Override
    public void close() {
        closed = true;
        waits.values().forEach(w -> w.cancel(false));
        waits.clear();
        driver.shutdownNow();
    }
}
