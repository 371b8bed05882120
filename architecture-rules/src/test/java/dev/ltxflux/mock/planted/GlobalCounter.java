package dev.ltxflux.mock.planted;

/** Planted violation: a reassignable static, as no mock class may keep. */
public final class GlobalCounter {
    public static int requests;

    private GlobalCounter() {
    }
}
