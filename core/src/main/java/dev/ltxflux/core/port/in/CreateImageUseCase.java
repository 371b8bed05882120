package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.journal.PaidSubmission;

/**
 * Incoming port: the create flow: upload the reference file if one is given, then the paid-job path (intent, submit
 * once, journal, wait, download).
 */
public interface CreateImageUseCase {

    /** Runs the whole flow; the job id is journaled before waiting, so a failure afterwards never loses it. */
    ImageOutcome create(CreateImageCommand command);

    /** Records the intent, submits the request exactly once and journals the job id. */
    PaidSubmission submit(CreateRequest request);
}
