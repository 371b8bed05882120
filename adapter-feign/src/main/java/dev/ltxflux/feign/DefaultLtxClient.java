package dev.ltxflux.feign;

import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.EditImageUseCase;
import dev.ltxflux.core.port.in.EditImageUseCase.EditOutcome;
import dev.ltxflux.core.port.in.ReadJobUseCase;
import dev.ltxflux.core.port.in.UploadReferenceUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.service.AwaitJobService;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** The client as a facade over core's use cases, as {@link ClientAssembly} wired them; refuses calls once closed. */
final class DefaultLtxClient implements LtxClient {

    private final LtxClientOptions options;
    private final EditImageUseCase edits;
    private final AwaitJobService awaiter;
    private final ReadJobUseCase reads;
    private final UploadReferenceUseCase uploads;
    private final ReadJobPort readJobPort;
    /** The await pool this client made itself (null when the caller gave an executor): shut down on close. */
    private final ExecutorService ownedExecutor;
    private volatile boolean closed;

    DefaultLtxClient(LtxClientOptions options, EditImageUseCase edits, AwaitJobService awaiter, ReadJobUseCase reads,
            UploadReferenceUseCase uploads, ReadJobPort readJobPort, ExecutorService ownedExecutor) {
        this.options = options;
        this.edits = edits;
        this.awaiter = awaiter;
        this.reads = reads;
        this.uploads = uploads;
        this.readJobPort = readJobPort;
        this.ownedExecutor = ownedExecutor;
    }

    @Override
    public Submission submit(EditRequest request) {
        ensureOpen();
        return edits.submit(request);
    }

    @Override
    public Job status(JobId id) {
        ensureOpen();
        return reads.status(id);
    }

    @Override
    public Job await(JobId id, AwaitOptions awaitOptions) {
        return awaiter.await(id, awaitOptions);
    }

    @Override
    public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions awaitOptions) {
        return awaiter.awaitAsync(id, awaitOptions);
    }

    @Override
    public UploadedAsset upload(Path image) {
        ensureOpen();
        return LtxClient.super.upload(image);
    }

    @Override
    public UploadedAsset upload(AssetUpload upload) {
        ensureOpen();
        return uploads.upload(upload);
    }

    @Override
    public Path download(Job job, Path target) {
        ensureOpen();
        return edits.download(job, target);
    }

    @Override
    public EditOutcome edit(EditImageCommand command) {
        ensureOpen();
        return edits.edit(command);
    }

    @Override
    public JobJournalPort journal() {
        return options.journal();
    }

    @Override
    public ReadJobPort readJobPort() {
        return readJobPort;
    }

    @Override
    public LtxClientOptions options() {
        return options;
    }

    @Override
    public void close() {
        closed = true;
        awaiter.close();
        if (ownedExecutor != null) {
            ownedExecutor.shutdownNow();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new ClientClosedException(null);
        }
    }

    @Override
    public String toString() {
        return "LtxClient[baseUrl=" + options.baseUrl() + ", token=" + RedactingLogger.REDACTED + "]";
    }
}
