package dev.ltxflux.contract.planted.feignuse;

/** Planted violation: Feign used outside dev.ltxflux.feign. Only the architecture test imports this package. */
public final class CallsFeignDirectly {
    public Object client() {
        return feign.Feign.builder();
    }
}
