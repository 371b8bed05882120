package dev.ltxflux.core.service;

import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.CreateImageUseCase;
import dev.ltxflux.core.port.in.EditImageCommand.Reference;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.out.SubmitCreatePort;
import dev.ltxflux.core.port.out.UploadAssetPort;
import java.util.Objects;

/**
 * The create flow: upload the reference file if the command gives one, then the {@link PaidJobService} path: intent,
 * submit once, journal, await, download. Only the optional upload is create's own.
 */
public final class CreateImageService implements CreateImageUseCase {

    private final UploadAssetPort uploader;
    private final SubmitCreatePort submitter;
    private final PaidJobService paid;

    public CreateImageService(UploadAssetPort uploader, SubmitCreatePort submitter, PaidJobService paid) {
        this.uploader = Objects.requireNonNull(uploader, "uploader");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.paid = Objects.requireNonNull(paid, "paid");
    }

    @Override
    public PaidSubmission submit(CreateRequest request) {
        return paid.submit(request, submitter::submit, null);
    }

    @Override
    public ImageOutcome create(CreateImageCommand command) {
        Objects.requireNonNull(command, "command");
        CreateRequest request = command.reference().map(r -> command.requestFor(referenceOf(r, command)))
                .orElseGet(command::request);
        PaidSubmission submitted = paid.submit(request, submitter::submit, command.output());
        return paid.complete(submitted, command.await(), command.output());
    }

    private AssetId referenceOf(Reference reference, CreateImageCommand command) {
        return reference.asset() != null ? reference.asset()
                : uploader.upload(new AssetUpload(reference.file(), command.email().orElse(null))).fileId();
    }
}
