package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.job.JobId;

/**
 * Outgoing port: stops the API tracking a running job ({@code DELETE scheduler/{jobId}}). LTX Studio still runs it (and
 * charges it); no webhook follows. An unknown job is a {@link dev.ltxflux.core.error.NotFoundException} (never a
 * {@link dev.ltxflux.core.error.JobNotFoundException}).
 */
public interface StopTrackingPort {

    void stopTracking(JobId job);
}
