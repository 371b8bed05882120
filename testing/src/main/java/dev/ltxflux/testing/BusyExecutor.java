package dev.ltxflux.testing;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The executor of a test client's status reads, which knows whether one is running: virtual time
 * ({@link MockClockDelays}) moves only while none is, so the clock never runs ahead of an answer the client is still
 * reading. A task counts from the moment it is handed over until it has run.
 */
final class BusyExecutor implements Executor, AutoCloseable {

    private final ExecutorService pool;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicReference<Runnable> onIdle = new AtomicReference<>(() -> { });

    BusyExecutor() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "ltxflux-testing-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable task) {
        running.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    if (running.decrementAndGet() == 0) {
                        onIdle.get().run();
                    }
                }
            });
        } catch (RuntimeException refused) {
            running.decrementAndGet();
            throw refused;
        }
    }

    boolean busy() {
        return running.get() > 0;
    }

    /** Runs {@code listener} each time the last running task has ended. */
    void whenIdle(Runnable listener) {
        onIdle.set(listener);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
