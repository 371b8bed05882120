package dev.ltxflux.feign;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import java.util.List;

/** {@link LtxScheduler} over core's scheduler ports; refuses calls once its client is closed. */
final class ClientScheduler implements LtxScheduler {

    private final ClientGuard guard;
    private final FeignScheduler ports;

    ClientScheduler(ClientGuard guard, FeignScheduler ports) {
        this.guard = guard;
        this.ports = ports;
    }

    @Override
    public List<RunningJob> running() {
        guard.ensureOpen();
        return ports.running();
    }

    @Override
    public Capacity capacity() {
        guard.ensureOpen();
        return ports.capacity();
    }

    @Override
    public void stop(JobId job) {
        guard.ensureOpen();
        ports.stopTracking(job);
    }
}
