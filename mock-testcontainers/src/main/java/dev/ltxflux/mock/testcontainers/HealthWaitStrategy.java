package dev.ltxflux.mock.testcontainers;

import dev.ltxflux.mock.HealthProbe;
import dev.ltxflux.mock.extension.HealthRoute;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Ready when {@code GET <origin>/__health} answers 200 with {@code "status":"UP"}: the mock's routes are installed.
 * Works with a mapped port and in host network mode alike (the origin is asked for each time).
 */
public final class HealthWaitStrategy extends AbstractWaitStrategy {

    private final Supplier<String> origin;

    /** Probes {@code origin.get() + "/__health"}. */
    public HealthWaitStrategy(Supplier<String> origin) {
        this.origin = origin;
    }

    @Override
    protected void waitUntilReady() {
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        String url = null;
        while (System.nanoTime() < deadline) {
            if (waitStrategyTarget != null && !waitStrategyTarget.isRunning()) {
                throw new ContainerLaunchException("the mock's container stopped before " + HealthRoute.PATH + " answered UP");
            }
            url = origin.get() + HealthRoute.PATH;
            if (HealthProbe.probe(url, 1000) == 0) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ContainerLaunchException("interrupted waiting for " + url, e);
            }
        }
        throw new ContainerLaunchException("the mock did not answer UP at " + url + " within " + startupTimeout);
    }
}
