package dev.ltxflux.contract.planted.mockstate;

/** Planted violation: static mutable state, as a mock extension must never keep. */
public final class GlobalCounter {
    public static int requests;

    private GlobalCounter() {
    }
}
