package dev.ltxflux.feign.planted;

/** Planted violation: an adapter class, not a composition root, that sleeps and reads the clock. */
public final class SleepsOutsideTheRoot {
    public long retryLater() throws InterruptedException {
        Thread.sleep(100);
        return System.currentTimeMillis();
    }
}
