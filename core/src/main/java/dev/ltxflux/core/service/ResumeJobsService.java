package dev.ltxflux.core.service;

import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.in.ResumeJobsUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resumes the journal's pending jobs, each by one owner at a time: the wait is {@linkplain JobJournalPort#claim claimed}
 * for {@code lease} and the claim renewed at every status read, so a second process sharing the journal skips it, and
 * takes it over once the owner has been silent for a lease. Each job is awaited, saved through
 * {@link PaidJobService#finish} (which marks it finished) and its claim released.
 *
 * <p>A 404 on the status read of a job attached less than {@link #DEFAULT_NOT_FOUND_GRACE} ago is waited through (the API
 * may not list a job in its first moments), re-read every {@link #NOT_FOUND_RETRY}; past the grace it is reported
 * {@link Result#NOT_FOUND} and the record stays pending. Nothing is ever submitted.
 */
public final class ResumeJobsService implements ResumeJobsUseCase {

    /** How long after a job id was journaled a 404 on its status counts as "not listed yet" rather than lost. */
    public static final Duration DEFAULT_NOT_FOUND_GRACE = Duration.ofMinutes(2);
    /** The pause between status reads while a 404 is waited through. */
    public static final Duration NOT_FOUND_RETRY = Duration.ofSeconds(5);
    /** How long a claim on a wait holds without renewal. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

    private final JobJournalPort journal;
    private final AwaitJobUseCase awaiter;
    private final PaidJobService paid;
    private final Clock clock;
    private final Delays delays;
    private final String owner;
    private final Duration lease;
    private final Duration notFoundGrace;

    /**
     * @param owner names this process in its claims (unique among the processes sharing the journal)
     */
    public ResumeJobsService(JobJournalPort journal, AwaitJobUseCase awaiter, PaidJobService paid, Clock clock,
            Delays delays, String owner, Duration lease, Duration notFoundGrace) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.awaiter = Objects.requireNonNull(awaiter, "awaiter");
        this.paid = Objects.requireNonNull(paid, "paid");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delays = Objects.requireNonNull(delays, "delays");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.notFoundGrace = Objects.requireNonNull(notFoundGrace, "notFoundGrace");
    }

    @Override
    public List<Resumed> resume(AwaitOptions await, Path defaultOutput) {
        Objects.requireNonNull(await, "await");
        List<Resumed> done = new ArrayList<>();
        for (JournalRecord record : journal.unfinished()) {
            if (record.state() == JobState.PENDING) {
                done.add(resume(record, await, defaultOutput));
            }
        }
        return done;
    }

    /** Resumes one pending record (claimed, awaited, saved, released). */
    public Resumed resume(JournalRecord pending, AwaitOptions await, Path defaultOutput) {
        var job = pending.jobId().orElseThrow();
        if (!journal.claim(pending.key(), owner, clock.instant(), lease)) {
            return new Resumed(pending.key(), job, Result.CLAIMED_ELSEWHERE, null, "another process holds its wait");
        }
        try {
            Path output = pending.output().map(Path::of)
                    .orElse(defaultOutput == null ? null : defaultOutput.resolve(fileName(pending)));
            if (output == null) {
                return new Resumed(pending.key(), job, Result.STILL_PENDING, null, "no output journaled and none given");
            }
            AwaitOptions renewing = await.withListener(read -> {
                journal.claim(pending.key(), owner, clock.instant(), lease);
                await.listener().onUpdate(read);
            });
            Job finished;
            try {
                finished = awaitThroughNotFound(pending, renewing);
            } catch (JobFailedException failed) {
                finished = failed.job();
            }
            ImageOutcome saved = paid.finish(pending, finished, output);
            return new Resumed(pending.key(), job, Result.SAVED, saved.file(), "saved " + saved.file());
        } catch (JobFailedException failed) {
            return new Resumed(pending.key(), job, Result.FAILED, null,
                    "the job failed: " + failed.job().message().orElse("no reason given"));
        } catch (JobNotFoundException gone) {
            return new Resumed(pending.key(), job, Result.NOT_FOUND, null, "the API does not know the job (404) "
                    + notFoundGrace + " after it was journaled; abandon it by hand if it stays so");
        } catch (LtxException other) {
            return new Resumed(pending.key(), job, Result.STILL_PENDING, null, "still pending: " + other.getMessage());
        } finally {
            journal.release(pending.key(), owner);
        }
    }

    private Job awaitThroughNotFound(JournalRecord pending, AwaitOptions await) {
        while (true) {
            try {
                return awaiter.await(pending.jobId().orElseThrow(), await);
            } catch (JobNotFoundException notYet) {
                if (!clock.instant().isBefore(pending.updatedAt().plus(notFoundGrace))) {
                    throw notYet;
                }
                delays.after(NOT_FOUND_RETRY).join();
            }
        }
    }

    /** A file name for a record that journaled no output: its key, made safe for any file system. */
    static String fileName(JournalRecord record) {
        return record.key().value().replaceAll("[^A-Za-z0-9._-]", "_") + ".png";
    }
}
