package dev.ltxflux.core.service;

import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.in.UpscaleImageUseCase;
import dev.ltxflux.core.port.out.SubmitUpscalePort;
import java.nio.file.Path;
import java.util.Objects;

/** The upscale flow: nothing of its own but the port; the {@link PaidJobService} path does the rest. */
public final class UpscaleImageService implements UpscaleImageUseCase {

    private final SubmitUpscalePort submitter;
    private final PaidJobService paid;

    public UpscaleImageService(SubmitUpscalePort submitter, PaidJobService paid) {
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.paid = Objects.requireNonNull(paid, "paid");
    }

    @Override
    public PaidSubmission submit(UpscaleRequest request) {
        return paid.submit(request, submitter::submit, null);
    }

    @Override
    public ImageOutcome upscale(UpscaleRequest request, Path output, AwaitOptions await) {
        Objects.requireNonNull(output, "output");
        PaidSubmission submitted = paid.submit(Objects.requireNonNull(request, "request"), submitter::submit, output);
        return paid.complete(submitted, Objects.requireNonNull(await, "await"), output);
    }
}
