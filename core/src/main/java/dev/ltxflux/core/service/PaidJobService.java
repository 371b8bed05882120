package dev.ltxflux.core.service;

import dev.ltxflux.core.error.AccountNeedsAttentionException;
import dev.ltxflux.core.error.BadRequestException;
import dev.ltxflux.core.error.InsufficientCreditsException;
import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.error.NotFoundException;
import dev.ltxflux.core.error.RateLimitedException;
import dev.ltxflux.core.error.SubmitUnknownException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnauthorizedException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.PaidRequest;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.DownloadArtifactUseCase;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one path of every call that costs money (edit, create, upscale): record an intent, send the call once, journal the
 * job id it answered; then await, download and mark the record finished. The operation supplies only its request and the
 * port that sends it.
 *
 * <p>Guarantees: nothing is sent unless its intent is durable first; a key already journaled is refused before sending
 * ({@link IntentExistsException}); the call is sent once; a call the API refused before any job existed (400, 401, 402,
 * 404, 429, 596, or a connection that never opened) is journaled {@code abandoned}; any other end without a job id is
 * journaled {@code unknown} and raised as {@link SubmitUnknownException}: never re-sent by any code path here.
 */
public final class PaidJobService {

    private final JobJournalPort journal;
    private final AwaitJobUseCase awaiter;
    private final DownloadArtifactUseCase downloads;
    private final Clock clock;
    private final Supplier<IntentKey> keys;
    private final ClientEventsPort events;

    /**
     * @param keys makes the key of a call that carries no {@code replyRef} (e.g. {@link IntentKey#random()})
     */
    public PaidJobService(JobJournalPort journal, AwaitJobUseCase awaiter, DownloadArtifactUseCase downloads, Clock clock,
            Supplier<IntentKey> keys, ClientEventsPort events) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.awaiter = Objects.requireNonNull(awaiter, "awaiter");
        this.downloads = Objects.requireNonNull(downloads, "downloads");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.events = GuardedEvents.of(events);
    }

    /**
     * Records the intent, sends {@code request} once through {@code send}, and journals the job id it answered. The
     * request goes out with the key as its {@code replyRef} when it has none (the caller's own is never changed).
     *
     * @param output where the result is to be written (journaled so that a resume saves it there), or null
     * @throws IntentExistsException   when the key is journaled already (nothing sent)
     * @throws JournalWriteException   when the intent cannot be made durable (nothing sent), or when the job id cannot
     *                                 be journaled after the call went through (the exception carries the submission)
     * @throws SubmitUnknownException  when the call ended without saying whether a job exists
     */
    public <R extends PaidRequest<R>> PaidSubmission submit(R request, Function<? super R, Submission> send, Path output) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(send, "send");
        IntentKey key = request.replyRef().map(IntentKey::new).orElseGet(keys);
        R sent = request.replyRef().isPresent() ? request : request.withReplyRef(key.value());
        JournalRecord intent = JournalRecord.intent(key, sent.operation(), sent.email().orElse(null),
                Digests.sha256(sent.canonicalForm()), clock.instant(), sent.label(),
                output == null ? null : output.toAbsolutePath().toString());
        begin(intent);
        Submission submission;
        try {
            submission = send.apply(sent);
        } catch (RuntimeException | Error e) {
            throw settleFailed(intent, e);
        }
        JournalRecord pending = intent.attached(submission.jobId(), clock.instant(), "answered");
        try {
            journal.transition(JobState.INTENT, pending);
        } catch (RuntimeException | Error e) {
            throw new JournalWriteException(submission, e);
        }
        return new PaidSubmission(submission, pending);
    }

    /**
     * Waits for the job (unless the submit answered it finished), saves its image to {@code output} and marks the record
     * finished. A failed job is marked finished and raised as {@link JobFailedException}; a wait that ends otherwise
     * leaves the record pending, for a later resume.
     */
    public ImageOutcome complete(PaidSubmission submitted, AwaitOptions await, Path output) {
        Objects.requireNonNull(submitted, "submitted");
        Job job;
        try {
            job = submitted.submission().finishedJob().filter(j -> j.isDone() || j.isFailed()).map(finished -> {
                events.jobFinished(finished);
                return finished;
            }).orElseGet(() -> awaiter.await(submitted.jobId(), Objects.requireNonNull(await, "await")));
        } catch (JobFailedException failed) {
            throw failedJob(submitted.record(), failed.job(), failed);
        }
        return finish(submitted.record(), job, output);
    }

    /**
     * Saves a finished {@code job}'s image and marks {@code pending} finished (the end of {@link #complete} and of a
     * resumed wait). If the journal cannot be written afterwards the image is saved all the same and the record stays
     * pending: a later resume downloads it again, which costs nothing.
     */
    public ImageOutcome finish(JournalRecord pending, Job job, Path output) {
        if (job.isFailed()) {
            throw failedJob(pending, job, new JobFailedException(job));
        }
        Path file = downloads.download(job, Objects.requireNonNull(output, "output"));
        try {
            settle(JobState.PENDING, pending.finished(clock.instant(), "saved " + file));
        } catch (RuntimeException stillPending) {
            // the image is saved; the record stays pending and a resume downloads it again, free of charge
        }
        return new ImageOutcome(job, file, pending.key());
    }

    /** A failed job is finished (nothing more will come of it): journaled so, then raised. */
    private JobFailedException failedJob(JournalRecord pending, Job job, JobFailedException failed) {
        try {
            settle(JobState.PENDING, pending.finished(clock.instant(), "failed: " + job.message().orElse("no reason given")));
        } catch (RuntimeException journalFailed) {
            failed.addSuppressed(journalFailed);
        }
        return failed;
    }

    private void begin(JournalRecord intent) {
        try {
            journal.recordIntent(intent);
        } catch (IntentExistsException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new JournalWriteException("not sent: the intent could not be journaled (" + describe(e) + ")", null, e);
        }
    }

    /** Journals how a call that brought no job id ended, and says what the caller gets. */
    private RuntimeException settleFailed(JournalRecord intent, Throwable failure) {
        boolean refused = certainlyNoJob(failure);
        JournalRecord next = refused
                ? intent.abandoned(clock.instant(), "refused: " + describe(failure))
                : intent.unknown(clock.instant(), "no answer: " + describe(failure));
        try {
            settle(JobState.INTENT, next);
        } catch (RuntimeException | Error journalFailed) {
            failure.addSuppressed(journalFailed);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return refused ? (RuntimeException) failure : new SubmitUnknownException(intent.key().value(), failure);
    }

    /** The API (or the connection) said no before any job could exist. */
    static boolean certainlyNoJob(Throwable failure) {
        return failure instanceof InvalidRequestException || failure instanceof BadRequestException
                || failure instanceof UnauthorizedException || failure instanceof InsufficientCreditsException
                || failure instanceof NotFoundException || failure instanceof RateLimitedException
                || failure instanceof AccountNeedsAttentionException
                || failure instanceof TransportException t && !t.mayHaveReachedServer();
    }

    private void settle(JobState expected, JournalRecord next) {
        journal.transition(expected, next);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
