package dev.ltxflux.core.model.scheduler;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET scheduler/available}: the running jobs and each account's free slots.
 *
 * @param executing the running jobs (the {@code GET scheduler} item shape)
 * @param available one entry per account
 */
public record Capacity(List<RunningJob> executing, List<AccountCapacity> available) {

    public Capacity {
        executing = List.copyOf(Objects.requireNonNull(executing, "executing"));
        available = List.copyOf(Objects.requireNonNull(available, "available"));
    }

    /** The entry of that account, if listed. */
    public Optional<AccountCapacity> of(String email) {
        return available.stream().filter(a -> a.email().equals(email)).findFirst();
    }

    /** Free slots over every account. */
    public int freeSlots() {
        return available.stream().mapToInt(a -> Math.max(0, a.available())).sum();
    }
}
