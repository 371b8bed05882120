package dev.ltxflux.core.planted;

/** Planted violation: reads the wall clock. Only the architecture test imports this package. */
public final class ReadsTheWallClock {
    public long now() {
        return System.currentTimeMillis();
    }
}
