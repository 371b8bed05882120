package dev.ltxflux.feign;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.out.ListRunningJobsPort;
import dev.ltxflux.core.port.out.ReadCapacityPort;
import dev.ltxflux.core.port.out.StopTrackingPort;
import dev.ltxflux.feign.wire.SchedulerMapper;
import dev.ltxflux.feign.wire.WireMapper;
import java.util.List;

/**
 * Core's scheduler ports over {@code scheduler}: the reads retried by the policy; the stop sent once (a resent DELETE
 * would turn its 204 into a confusing 404). A 404 is a plain {@link dev.ltxflux.core.error.NotFoundException}.
 */
final class FeignScheduler implements ListRunningJobsPort, ReadCapacityPort, StopTrackingPort {

    private final LtxApi api;
    private final FeignCalls calls;
    private final RetryPolicy retry;
    private final SchedulerMapper mapper = new SchedulerMapper();

    FeignScheduler(LtxApi api, FeignCalls calls, RetryPolicy retry) {
        this.api = api;
        this.calls = calls;
        this.retry = retry;
    }

    @Override
    public List<RunningJob> running() {
        return retry.idempotent("scheduler", () -> mapper.running(calls.body(api::running, null)));
    }

    @Override
    public Capacity capacity() {
        return retry.idempotent("scheduler/available", () -> mapper.capacity(calls.body(api::capacity, null)));
    }

    @Override
    public void stopTracking(JobId job) {
        String segment = WireMapper.pathSegment(job.value());
        retry.once("scheduler stop", () -> calls.body(() -> api.stopTracking(segment), null));
    }
}
