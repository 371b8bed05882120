package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import java.nio.file.Path;

/** Incoming port: upscale a completed image job through the paid-job path (intent, submit once, journal, wait, download). */
public interface UpscaleImageUseCase {

    /** Runs the whole flow and saves the upscaled image to {@code output}. */
    ImageOutcome upscale(UpscaleRequest request, Path output, AwaitOptions await);

    /** Records the intent, submits the request exactly once and journals the new job's id. */
    PaidSubmission submit(UpscaleRequest request);
}
