package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.Submission;
import java.nio.file.Path;
import java.util.Objects;

/** Incoming port: the edit flow: upload the reference (or take an asset id), submit, journal, wait, download. */
public interface EditImageUseCase {

    /** Runs the whole flow; the job id is journaled before waiting, so a failure afterwards never loses it. */
    EditOutcome edit(EditImageCommand command);

    /** Submits one request (exactly once) and journals the job id. */
    Submission submit(EditRequest request);

    /** Downloads a done job's image to {@code target}; an expired link is refreshed by re-reading the job, once. */
    Path download(Job job, Path target);

    /**
     * The result of a finished flow.
     *
     * @param job  the done job
     * @param file where its image was written
     */
    record EditOutcome(Job job, Path file) {
        public EditOutcome {
            Objects.requireNonNull(job, "job");
            Objects.requireNonNull(file, "file");
        }
    }
}
