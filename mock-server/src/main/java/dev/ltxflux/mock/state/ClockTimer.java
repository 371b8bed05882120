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
 * advancing fires it; a {@link ControllableClock#reset()} cancels every task still waiting.
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
            // a reset starts a new run (the JUnit extension's next test): what the old one waited for never fires
            controllable.onReset(pending::clear);
        }
    }

    /** Runs {@code task} on the executor once the clock reads {@code due} or later. */
    public void at(Instant due, Runnable task) {
        long id = ids.incrementAndGet();
        pending.put(id, new Pending(due, task));
        fireLater(id, due);
    }

    /**
     * The executor's timer and the clock are different clocks (and a delay is cut to whole milliseconds), so a timer
     * may fire a little before the clock reads {@code due}: then it waits again for the rest, rather than dropping the task.
     */
    private void fireLater(long id, Instant due) {
        long delayMicros = Math.max(0, Duration.between(clock.instant(), due).toNanos() / 1000);
        try {
            executor.schedule(() -> fire(id), delayMicros + 1, TimeUnit.MICROSECONDS);
        } catch (RejectedExecutionException stopped) {
            // the server is stopping: nothing is due any more
        }
    }

    private void fire(long id) {
        Pending p = pending.get(id);
        if (p == null) {
            return; // already run, after an advance of the clock
        }
        if (p.due().isAfter(clock.instant())) {
            fireLater(id, p.due());
        } else if (pending.remove(id, p)) {
            p.task().run();
        }
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
