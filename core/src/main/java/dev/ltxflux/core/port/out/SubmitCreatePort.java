package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.job.Submission;

/**
 * Outgoing port: submits one create. Not idempotent (the API has no idempotency key): an implementation never re-sends
 * a submit that may have reached the server, and says so in its error when it gave up.
 */
public interface SubmitCreatePort {

    /** Sends the request once and returns the ticket or, with {@code pollForResult}, the finished job. */
    Submission submit(CreateRequest request);
}
