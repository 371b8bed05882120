package dev.ltxflux.core.service.planted;

/** Planted: a service, for the model class that wrongly calls it. */
public final class PlantedService {
    public static int answer() {
        return 42;
    }
}
