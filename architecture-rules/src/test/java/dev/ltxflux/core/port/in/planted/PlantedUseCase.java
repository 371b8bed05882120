package dev.ltxflux.core.port.in.planted;

/** Planted: an incoming port, for the outgoing port that wrongly knows it. */
public interface PlantedUseCase {
    void run();
}
