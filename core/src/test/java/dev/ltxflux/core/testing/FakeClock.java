package dev.ltxflux.core.testing;

import dev.ltxflux.core.service.Delays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A clock that moves only when told, and a delays that moves it: waits take no real time. */
public final class FakeClock extends Clock {

    private Instant now;
    private final List<Duration> waits = new ArrayList<>();

    public FakeClock(Instant start) {
        this.now = start;
    }

    public static FakeClock atEpoch() {
        return new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** A delays whose waits advance this clock at once. */
    public Delays delays() {
        return delay -> {
            synchronized (this) {
                waits.add(delay);
            }
            advance(delay);
            return CompletableFuture.completedFuture(null);
        };
    }

    /** Every wait the delays was asked for, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
