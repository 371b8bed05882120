package dev.ltxflux.feign;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import java.util.List;

/**
 * The API's scheduler ({@code scheduler}): {@code client.scheduler()}. Check the free slots before a submit to avoid a
 * 429; stop tracking a job you no longer wait for.
 */
public interface LtxScheduler {

    /** The running jobs of every account ({@code GET scheduler}). */
    List<RunningJob> running();

    /** Running jobs and each account's free slots ({@code GET scheduler/available}). */
    Capacity capacity();

    /**
     * Stops the API tracking a running job ({@code DELETE scheduler/{jobId}}): LTX Studio still runs (and charges) it, no
     * webhook follows, its status can still be read. Not a running job: {@link dev.ltxflux.core.error.NotFoundException}.
     */
    void stop(JobId job);
}
