package dev.ltxflux.core.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How the services wait: a future that completes after a delay, holding no thread meanwhile. Injected so that tests
 * advance a fake clock instead of sleeping.
 */
@FunctionalInterface
public interface Scheduler {

    /** A future completed once {@code delay} has passed. */
    CompletableFuture<Void> after(Duration delay);

    /** Real time, on the JDK's shared delayed executor (no thread per waiting job). */
    static Scheduler system() {
        return delay -> CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));
    }
}
