package dev.ltxflux.feign.planted;

import dev.ltxflux.cli.planted.CallsFeignDirectly;

/** Planted violation: an outgoing adapter that depends on the incoming one. */
public final class AdapterCallingTheCli {
    public Object cli() {
        return new CallsFeignDirectly();
    }
}
