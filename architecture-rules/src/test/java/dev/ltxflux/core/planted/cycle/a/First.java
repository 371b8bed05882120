package dev.ltxflux.core.planted.cycle.a;

import dev.ltxflux.core.planted.cycle.b.Second;

/** Planted violation: one half of a package cycle (a -> b -> a). */
public final class First {
    public Second next() {
        return new Second();
    }
}
