package dev.ltxflux.feign;

import dev.ltxflux.core.service.Scheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Real time for core's {@link Scheduler}: the JDK's shared delayed executor, no thread held per waiting job. */
final class SystemScheduler implements Scheduler {

    static final Scheduler INSTANCE = new SystemScheduler();

    private SystemScheduler() {
    }

    @Override
    public CompletableFuture<Void> after(Duration delay) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS));
    }
}
