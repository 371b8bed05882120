package dev.ltxflux.core.model.planted;

import dev.ltxflux.core.service.planted.PlantedService;

/** Planted violation: a model value that calls a service. */
public record ModelCallingAService(int value) {
    public static ModelCallingAService create() {
        return new ModelCallingAService(PlantedService.answer());
    }
}
