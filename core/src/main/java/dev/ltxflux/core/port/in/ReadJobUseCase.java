package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;

/** Incoming port: reads a job's current state once (transient failures retried by the read port). */
public interface ReadJobUseCase {

    /** The job as the API describes it now; {@code JobNotFoundException} when unknown or expired. */
    Job status(JobId id);
}
