package dev.ltxflux.core.planted.time;

import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Planted violation: every way of waiting on a timer instead of the injected Delays. */
@SuppressWarnings("unused")
public final class UsesATimer {
    Object delayed() { return CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS); }
    Object timeout(CompletableFuture<String> f) { return f.orTimeout(1, TimeUnit.SECONDS); }
    Object scheduled() { return Executors.newSingleThreadScheduledExecutor(); }
    Object timer() { return new Timer(); }
}
