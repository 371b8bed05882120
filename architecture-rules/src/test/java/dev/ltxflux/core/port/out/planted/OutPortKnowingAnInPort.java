package dev.ltxflux.core.port.out.planted;

import dev.ltxflux.core.port.in.planted.PlantedUseCase;

/** Planted violation: an outgoing port that depends on an incoming port. */
public interface OutPortKnowingAnInPort {
    void callBack(PlantedUseCase caller);
}
