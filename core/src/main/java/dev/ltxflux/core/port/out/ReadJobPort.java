package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;

/** Outgoing port: reads a job's current status. Idempotent; an implementation may retry transient failures. */
public interface ReadJobPort {

    /** The job as the API describes it now; {@code JobNotFoundException} when unknown or expired. */
    Job read(JobId id);
}
