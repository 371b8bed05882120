package dev.ltxflux.mock.planted;

import dev.ltxflux.core.planted.framework.UsesAFramework;

/** Planted violation: a mock class that depends on core. */
public final class KnowsTheClient {
    public Object core() {
        return new UsesAFramework();
    }
}
