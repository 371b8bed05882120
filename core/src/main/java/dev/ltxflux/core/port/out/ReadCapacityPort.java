package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.scheduler.Capacity;

/** Outgoing port: each account's free slots ({@code GET scheduler/available}). Idempotent; may be retried. */
public interface ReadCapacityPort {

    Capacity capacity();
}
