package dev.ltxflux.mock.testcontainers;

import dev.ltxflux.mock.HealthProbe;
import dev.ltxflux.mock.extension.HealthRoute;
import java.util.concurrent.TimeUnit;
import org.rnorth.ducttape.ratelimits.RateLimiter;
import org.rnorth.ducttape.ratelimits.RateLimiterBuilder;
import java.util.function.Supplier;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Ready when {@code GET <origin>/__health} answers 200 with {@code "status":"UP"}: the mock's routes are installed.
 * Works with a mapped port and in host network mode alike (the origin is asked for each time).
 */
public final class HealthWaitStrategy extends AbstractWaitStrategy {

    private final RateLimiter probes = RateLimiterBuilder.newBuilder().withRate(20, TimeUnit.SECONDS)
            .withConstantThroughput().build();

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
            String probed = url;
            // Testcontainers' rate limiter spaces the probes (20 a second): the waiting is the library's, not ours
            int answer;
            try {
                answer = probes.getWhenReady(() -> HealthProbe.probe(probed, 1000));
            } catch (Exception e) {
                throw new ContainerLaunchException("probing " + probed + " failed", e);
            }
            if (answer == 0) {
                return;
            }
        }
        throw new ContainerLaunchException("the mock did not answer UP at " + url + " within " + startupTimeout);
    }
}
