package dev.ltxflux.feign.planted;

import dev.ltxflux.testing.planted.TestWiring;

/** Planted violation: the adapter depending on the testing module. */
public final class UsesTheTestingModule {
    public String where() {
        return TestWiring.baseUrl();
    }
}
