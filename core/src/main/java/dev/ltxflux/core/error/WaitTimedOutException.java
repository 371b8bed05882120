package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import java.time.Duration;
import java.util.Optional;

/** The deadline passed before the job was done. The job goes on; resume waiting with its id. */
public final class WaitTimedOutException extends LtxException {

    private final transient Job lastSeen;

    public WaitTimedOutException(JobId jobId, Duration waited, Job lastSeen) {
        super("job not done after " + waited.toSeconds() + "s; it may still finish: wait again with its id", jobId, null);
        this.lastSeen = lastSeen;
    }

    /** The job as last read before the deadline, if any read succeeded. */
    public Optional<Job> lastSeen() {
        return Optional.ofNullable(lastSeen);
    }
}
