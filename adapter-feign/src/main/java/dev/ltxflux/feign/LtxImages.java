package dev.ltxflux.feign;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The image jobs of the API ({@code images/*}, {@code assets/{jobId}}): {@code client.images()}. Every paid call goes
 * through one path: an intent journaled before it leaves, sent once, its job id journaled; a call that ends without an
 * answer raises {@link dev.ltxflux.core.error.SubmitUnknownException} and is never re-sent.
 */
public interface LtxImages {

    /** The whole edit flow: upload the reference files, submit once, journal, wait, download. */
    ImageOutcome edit(EditImageCommand command);

    /** Records the intent, submits one edit exactly once and journals its job id. */
    PaidSubmission submitEdit(EditRequest request);

    /**
     * The whole create flow: upload the reference file if the command gives one, submit once, journal, wait, download.
     * Journaled as {@code create}.
     */
    ImageOutcome create(CreateImageCommand command);

    /** Records the intent, submits one create exactly once and journals its job id. */
    PaidSubmission submitCreate(CreateRequest request);

    /**
     * Upscales a completed image job: a new, paid job whose image is twice the source's width and height; submitted
     * once, journaled as {@code upscale}, awaited and saved to {@code output}.
     */
    ImageOutcome upscale(UpscaleRequest request, Path output, AwaitOptions options);

    /** Records the intent, submits one upscale exactly once and journals the new job's id. */
    PaidSubmission submitUpscale(UpscaleRequest request);

    /** The job's current state (transient failures retried per the retry settings). */
    Job status(JobId id);

    /** Waits until the job is done (completed with an asset URL) or failed, or the timeout passes. */
    Job await(JobId id, AwaitOptions options);

    /** The same without holding a thread; the future always completes (see {@link LtxClient#awaitAsync}). */
    CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options);

    /** Saves a done job's image to {@code target} (re-reading the job once if its link has expired); free, repeatable. */
    Path download(Job job, Path target);
}
