package dev.ltxflux.core.service;

import dev.ltxflux.core.error.ArtifactExpiredException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JournalEntry;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.EditImageUseCase;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.port.out.SubmitEditPort;
import dev.ltxflux.core.port.out.UploadAssetPort;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The edit flow: upload each reference file (1 to 3) → submit (once) → journal the job id → await → download. The job id is journaled before any
 * wait, so whatever fails later, the paid job can be found again.
 */
public final class EditImageService implements EditImageUseCase {

    /** How much of the prompt the journal keeps as the entry's label. */
    static final int LABEL_LENGTH = 60;

    private final UploadAssetPort uploader;
    private final SubmitEditPort submitter;
    private final JobJournalPort journal;
    private final AwaitJobUseCase awaiter;
    private final ReadJobPort reader;
    private final DownloadArtifactPort downloader;
    private final Clock clock;
    private final ClientEventsPort events;

    public EditImageService(UploadAssetPort uploader, SubmitEditPort submitter, JobJournalPort journal,
            AwaitJobUseCase awaiter, ReadJobPort reader, DownloadArtifactPort downloader, Clock clock) {
        this(uploader, submitter, journal, awaiter, reader, downloader, clock, ClientEventsPort.NONE);
    }

    /** As above, telling {@code events} of a job that a {@code pollForResult} submit answered finished. */
    public EditImageService(UploadAssetPort uploader, SubmitEditPort submitter, JobJournalPort journal,
            AwaitJobUseCase awaiter, ReadJobPort reader, DownloadArtifactPort downloader, Clock clock,
            ClientEventsPort events) {
        this.events = GuardedEvents.of(events);
        this.uploader = Objects.requireNonNull(uploader, "uploader");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.awaiter = Objects.requireNonNull(awaiter, "awaiter");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Submits, then journals the job. A journal that fails after the submit went through raises a
     * {@link JournalWriteException} carrying the submission: the paid job's id is never lost.
     */
    @Override
    public Submission submit(EditRequest request) {
        Submission submission = submitter.submit(Objects.requireNonNull(request, "request"));
        String prompt = request.prompt().value();
        try {
            journal.record(new JournalEntry(submission.jobId(), clock.instant(),
                    prompt.length() > LABEL_LENGTH ? prompt.substring(0, LABEL_LENGTH) + "…" : prompt));
        } catch (RuntimeException | Error e) {
            throw new JournalWriteException(submission, e);
        }
        return submission;
    }

    @Override
    public EditOutcome edit(EditImageCommand command) {
        Objects.requireNonNull(command, "command");
        List<AssetId> references = new ArrayList<>();
        for (EditImageCommand.Reference r : command.references()) {
            references.add(r.asset() != null ? r.asset()
                    : uploader.upload(new AssetUpload(r.file(), command.email().orElse(null))).fileId());
        }
        Submission submission = submit(command.requestFor(references));
        Job job = submission.finishedJob().filter(j -> j.isDone() || j.isFailed()).map(finished -> {
            events.jobFinished(finished);
            return finished;
        }).orElseGet(() -> awaiter.await(submission.jobId(), command.await()));
        if (job.isFailed()) {
            throw new JobFailedException(job);
        }
        return new EditOutcome(job, download(job, command.output()));
    }

    @Override
    public Path download(Job job, Path target) {
        if (!job.isDone()) {
            throw new InvalidRequestException("job", "must be done (completed with an asset URL) before downloading");
        }
        JobId id = job.id();
        Artifact artifact = job.artifact().orElseThrow();
        if (artifact.isExpiredAt(clock.instant())) {
            artifact = fresh(id);
        }
        try {
            return downloader.download(id, artifact, target);
        } catch (ArtifactExpiredException expired) {
            return downloader.download(id, fresh(id), target);
        }
    }

    private Artifact fresh(JobId id) {
        Job reread = reader.read(id);
        return reread.artifact().filter(a -> a.assetUrl().isPresent())
                .orElseThrow(() -> new ArtifactExpiredException("the job no longer offers a download link", id));
    }
}
