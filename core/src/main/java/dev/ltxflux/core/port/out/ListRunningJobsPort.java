package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.scheduler.RunningJob;
import java.util.List;

/** Outgoing port: the jobs the API's scheduler runs now ({@code GET scheduler}). Idempotent; may be retried. */
public interface ListRunningJobsPort {

    /** Every running job of every account the token holds, as the API lists them. */
    List<RunningJob> running();
}
