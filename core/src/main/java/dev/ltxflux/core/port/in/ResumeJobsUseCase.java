package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Incoming port: takes up every {@code pending} job of the journal: claims its wait (so that two processes sharing the
 * journal never wait for, nor download, one job twice), awaits it, saves its image where its call asked (the journaled
 * {@code output}) and marks it finished. Never submits anything.
 */
public interface ResumeJobsUseCase {

    /**
     * Resumes every pending record.
     *
     * @param await         how long to wait for each job
     * @param defaultOutput where to save the image of a record that journaled no output (a directory; the file is named
     *                      after the intent key), or null to leave such records pending
     */
    List<Resumed> resume(AwaitOptions await, Path defaultOutput);

    /** What became of one pending record. */
    enum Result {
        /** Done and saved: finished. */
        SAVED,
        /** The job failed at the API: finished, nothing to save. */
        FAILED,
        /** Another owner holds the wait's claim: left to it. */
        CLAIMED_ELSEWHERE,
        /** The API says 404 past the grace period: still pending, to abandon by hand if it stays so. */
        NOT_FOUND,
        /** The wait or the download ended otherwise (timeout, transport): still pending, for a later resume. */
        STILL_PENDING
    }

    /**
     * @param key     the intent
     * @param jobId   its job
     * @param result  what happened
     * @param file    the saved image, or null
     * @param message one line for a person
     */
    record Resumed(IntentKey key, JobId jobId, Result result, Path file, String message) {
        public Resumed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(message, "message");
        }

        public Optional<Path> saved() {
            return Optional.ofNullable(file);
        }
    }
}
