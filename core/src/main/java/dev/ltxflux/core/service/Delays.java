package dev.ltxflux.core.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How the services wait: a future that completes after a delay, holding no thread meanwhile. Injected so that tests
 * advance a fake clock instead of sleeping; the real-time one lives in the adapter's composition root.
 */
@FunctionalInterface
public interface Delays {

    /** A future completed once {@code delay} has passed. */
    CompletableFuture<Void> after(Duration delay);

}
