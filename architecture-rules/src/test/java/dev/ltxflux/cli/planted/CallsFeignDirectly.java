package dev.ltxflux.cli.planted;

/** Planted violation: Feign used outside dev.ltxflux.feign. */
public final class CallsFeignDirectly {
    public Object client() {
        return feign.Feign.builder();
    }
}
