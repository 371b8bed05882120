package dev.ltxflux.feign;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import java.util.List;

/** {@link LtxScheduler} over core's scheduler ports (the client's {@link ClientGuard} refuses its calls once the client is closed). */
final class ClientScheduler implements LtxScheduler {

    private final FeignScheduler ports;

    ClientScheduler(FeignScheduler ports) {
        this.ports = ports;
    }

    @Override
    public List<RunningJob> running() {
        return ports.running();
    }

    @Override
    public Capacity capacity() {
        return ports.capacity();
    }

    @Override
    public void stop(JobId job) {
        ports.stopTracking(job);
    }
}
