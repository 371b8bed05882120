package dev.ltxflux.core.planted.framework;

import org.assertj.core.api.Assertions;

/** Planted violation: a core-package class that depends on a library outside the JDK. */
public final class UsesAFramework {
    public Object framework() {
        return Assertions.class;
    }
}
