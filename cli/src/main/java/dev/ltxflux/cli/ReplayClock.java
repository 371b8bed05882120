package dev.ltxflux.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The embedded mock's clock source: real time, except while the kept accounts are put back into a mock that has not
 * started yet ({@link MockAccountsFile#restoreInto}), when it reads the instant each account was configured at, so that
 * the restored account's {@code updated} is that instant and not the start of this run. Nothing else reads it then.
 */
final class ReplayClock extends Clock {

    private final Clock source;
    private volatile Instant replaying;

    ReplayClock(Clock source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Runs {@code step} with this clock reading {@code at}; real time again afterwards. */
    void at(Instant at, Runnable step) {
        replaying = at;
        try {
            step.run();
        } finally {
            replaying = null;
        }
    }

    @Override
    public Instant instant() {
        Instant at = replaying;
        return at != null ? at : source.instant();
    }

    @Override
    public ZoneId getZone() {
        return source.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayClock(source.withZone(zone));
    }
}
