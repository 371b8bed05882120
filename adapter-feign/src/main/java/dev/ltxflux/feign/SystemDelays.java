package dev.ltxflux.feign;

import dev.ltxflux.core.service.Delays;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Real time for core's {@link Delays}: the JDK's shared delayed executor, no thread held per waiting job. */
final class SystemDelays implements Delays {

    static final Delays INSTANCE = new SystemDelays();

    private SystemDelays() {
    }

    @Override
    public CompletableFuture<Void> after(Duration delay) {
        return CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS));
    }
}
