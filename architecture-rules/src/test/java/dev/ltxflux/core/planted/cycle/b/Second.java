package dev.ltxflux.core.planted.cycle.b;

import dev.ltxflux.core.planted.cycle.a.First;

/** Planted violation: the other half of a package cycle (b -> a -> b). */
public final class Second {
    public First back() {
        return new First();
    }
}
