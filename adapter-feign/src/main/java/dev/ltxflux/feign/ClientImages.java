package dev.ltxflux.feign;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.CreateImageUseCase;
import dev.ltxflux.core.port.in.DownloadArtifactUseCase;
import dev.ltxflux.core.port.in.UpscaleImageUseCase;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.EditImageUseCase;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.in.ReadJobUseCase;
import dev.ltxflux.core.service.AwaitJobService;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** {@link LtxImages} over core's use cases (the client's {@link ClientGuard} refuses its calls once the client is closed). */
final class ClientImages implements LtxImages {

    private final EditImageUseCase edits;
    private final CreateImageUseCase creates;
    private final UpscaleImageUseCase upscales;
    private final AwaitJobService awaiter;
    private final ReadJobUseCase reads;
    private final DownloadArtifactUseCase downloads;

    ClientImages(EditImageUseCase edits, CreateImageUseCase creates, UpscaleImageUseCase upscales,
            AwaitJobService awaiter, ReadJobUseCase reads, DownloadArtifactUseCase downloads) {
        this.edits = edits;
        this.creates = creates;
        this.upscales = upscales;
        this.awaiter = awaiter;
        this.reads = reads;
        this.downloads = downloads;
    }

    @Override
    public ImageOutcome edit(EditImageCommand command) {
        return edits.edit(command);
    }

    @Override
    public PaidSubmission submitEdit(EditRequest request) {
        return edits.submit(request);
    }

    @Override
    public ImageOutcome create(CreateImageCommand command) {
        return creates.create(command);
    }

    @Override
    public PaidSubmission submitCreate(CreateRequest request) {
        return creates.submit(request);
    }

    @Override
    public ImageOutcome upscale(UpscaleRequest request, Path output, AwaitOptions options) {
        return upscales.upscale(request, output, options);
    }

    @Override
    public PaidSubmission submitUpscale(UpscaleRequest request) {
        return upscales.submit(request);
    }

    @Override
    public Job status(JobId id) {
        return reads.status(id);
    }

    @Override
    public Job await(JobId id, AwaitOptions options) {
        return awaiter.await(id, options);
    }

    @Override
    public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
        return awaiter.awaitAsync(id, options);
    }

    @Override
    public Path download(Job job, Path target) {
        return downloads.download(job, target);
    }
}
