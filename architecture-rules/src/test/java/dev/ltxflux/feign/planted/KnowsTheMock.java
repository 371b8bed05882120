package dev.ltxflux.feign.planted;

import dev.ltxflux.mock.planted.GlobalCounter;

/** Planted violation: the adapter depending on the mock. */
public final class KnowsTheMock {
    public int requests() {
        return GlobalCounter.requests;
    }
}
