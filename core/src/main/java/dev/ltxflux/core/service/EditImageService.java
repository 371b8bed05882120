package dev.ltxflux.core.service;

import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.EditImageUseCase;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.out.SubmitEditPort;
import dev.ltxflux.core.port.out.UploadAssetPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The edit flow: upload each reference file (1 to 3), then the {@link PaidJobService} path: intent, submit once,
 * journal, await, download. Only the uploads are edit's own.
 */
public final class EditImageService implements EditImageUseCase {

    private final UploadAssetPort uploader;
    private final SubmitEditPort submitter;
    private final PaidJobService paid;

    public EditImageService(UploadAssetPort uploader, SubmitEditPort submitter, PaidJobService paid) {
        this.uploader = Objects.requireNonNull(uploader, "uploader");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.paid = Objects.requireNonNull(paid, "paid");
    }

    @Override
    public PaidSubmission submit(EditRequest request) {
        return paid.submit(request, submitter::submit, null);
    }

    @Override
    public ImageOutcome edit(EditImageCommand command) {
        Objects.requireNonNull(command, "command");
        List<AssetId> references = new ArrayList<>();
        for (EditImageCommand.Reference r : command.references()) {
            references.add(r.asset() != null ? r.asset()
                    : uploader.upload(new AssetUpload(r.file(), command.email().orElse(null))).fileId());
        }
        PaidSubmission submitted = paid.submit(command.requestFor(references), submitter::submit, command.output());
        return paid.complete(submitted, command.await(), command.output());
    }
}
