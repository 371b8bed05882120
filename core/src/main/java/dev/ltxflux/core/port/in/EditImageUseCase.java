package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.journal.PaidSubmission;

/**
 * Incoming port: the edit flow: upload the references (or take asset ids), then the paid-job path (intent, submit once,
 * journal, wait, download). Downloads alone are {@link DownloadArtifactUseCase}.
 */
public interface EditImageUseCase {

    /** Runs the whole flow; the job id is journaled before waiting, so a failure afterwards never loses it. */
    ImageOutcome edit(EditImageCommand command);

    /** Records the intent, submits the request exactly once and journals the job id. */
    PaidSubmission submit(EditRequest request);
}
