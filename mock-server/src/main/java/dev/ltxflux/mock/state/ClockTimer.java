package dev.ltxflux.mock.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a task once the mock's clock reaches an instant: after the matching real delay, or as soon as a
 * {@link ControllableClock} is advanced past it, whichever comes first, and never twice. On a frozen clock only
 * advancing fires it.
 */
public final class ClockTimer {

    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public ClockTimer(Clock clock, ScheduledExecutorService executor) {
        this.clock = clock;
        this.executor = executor;
        if (clock instanceof ControllableClock controllable) {
            controllable.onAdvance(() -> {
                try {
                    executor.execute(this::runDue);
                } catch (RejectedExecutionException stopped) {
                    // the server is stopping: nothing is due any more
                }
            });
        }
    }

    /** Runs {@code task} on the executor once the clock reads {@code due} or later. */
    public void at(Instant due, Runnable task) {
        long id = ids.incrementAndGet();
        pending.put(id, new Pending(due, task));
        long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
        executor.schedule(this::runDue, delay, TimeUnit.MILLISECONDS);
    }

    private void runDue() {
        Instant now = clock.instant();
        pending.forEach((id, p) -> {
            if (!p.due().isAfter(now) && pending.remove(id, p)) {
                p.task().run();
            }
        });
    }

    private record Pending(Instant due, Runnable task) {
    }
}
