package dev.ltxflux.mock.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The mock's clock: a source clock plus an offset that {@link #advance(Duration)} moves forward, optionally frozen so
 * that time moves only when told. Jobs, expiry, signed links and webhooks all read it, so a test can skip a job's
 * duration instead of sleeping through it. Thread-safe; time never goes backwards except through {@link #reset()}.
 */
public final class ControllableClock extends Clock {

    private final Clock source;
    private final boolean frozenInitially;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();
    /** Read on every request without a lock; replaced whole under {@code this}. */
    private volatile State state = new State(0, null);

    private record State(long offsetMillis, Instant frozenAt) {
    }

    private ControllableClock(Clock source, boolean frozen) {
        this.source = Objects.requireNonNull(source, "source");
        this.frozenInitially = frozen;
        reset();
    }

    /** Real time (from {@code source}), moved on by every {@link #advance(Duration)}. */
    public static ControllableClock following(Clock source) {
        return source instanceof ControllableClock c ? c : new ControllableClock(source, false);
    }

    /** Time that stands still at {@code source}'s current instant until {@link #advance(Duration)} moves it. */
    public static ControllableClock frozen(Clock source) {
        return new ControllableClock(source, true);
    }

    /** Moves time forward by {@code amount} (zero or positive) and wakes what waits for an instant now reached. */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("advance: must not be negative (time does not go back)");
        }
        synchronized (this) {
            State s = state;
            state = s.frozenAt() != null ? new State(s.offsetMillis(), s.frozenAt().plus(amount))
                    : new State(Math.addExact(s.offsetMillis(), amount.toMillis()), null);
        }
        listeners.forEach(Runnable::run);
    }

    /** Stops time at the current instant. */
    public synchronized void freeze() {
        if (state.frozenAt() == null) {
            state = new State(state.offsetMillis(), instant());
        }
    }

    /** Lets time run again from the current instant. */
    public synchronized void resume() {
        if (state.frozenAt() != null) {
            state = new State(state.frozenAt().toEpochMilli() - source.millis(), null);
        }
    }

    public boolean isFrozen() {
        return state.frozenAt() != null;
    }

    /** How far this clock is ahead of its source. */
    public Duration offset() {
        State s = state;
        return Duration.ofMillis(s.frozenAt() != null ? s.frozenAt().toEpochMilli() - source.millis() : s.offsetMillis());
    }

    /**
     * Back to how it was made: no offset; frozen at the source's current instant if it was made frozen. What waited
     * for an instant of the old timeline is dropped (see {@link #onReset(Runnable)}).
     */
    public void reset() {
        synchronized (this) {
            state = new State(0, frozenInitially ? source.instant() : null);
        }
        resetListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} after every {@link #reset()} (timers forget what they waited for: it belonged to the old run). */
    public void onReset(Runnable listener) {
        resetListeners.add(listener);
    }

    /** Runs {@code listener} after every {@link #advance(Duration)} (for timers that must fire when time jumps). */
    public void onAdvance(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public Instant instant() {
        State s = state;
        return s.frozenAt() != null ? s.frozenAt() : source.instant().plusMillis(s.offsetMillis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the mock's clock is always UTC");
    }

    @Override
    public String toString() {
        return "ControllableClock[" + (isFrozen() ? "frozen at " : "running, now ") + instant() + "]";
    }
}
