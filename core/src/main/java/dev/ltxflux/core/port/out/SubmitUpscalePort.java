package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.Submission;

/**
 * Outgoing port: submits one upscale (a new, paid job). Not idempotent: an implementation never re-sends a submit that
 * may have reached the server, and says so in its error when it gave up.
 */
public interface SubmitUpscalePort {

    /** Sends the request once and returns the new job's ticket or, with {@code pollForResult}, the finished job. */
    Submission submit(UpscaleRequest request);
}
