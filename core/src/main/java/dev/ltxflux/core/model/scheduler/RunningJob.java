package dev.ltxflux.core.model.scheduler;

import dev.ltxflux.core.model.job.JobId;
import java.util.Optional;

/**
 * One job the API's scheduler runs now ({@code GET scheduler}). Every field is optional in the published model and is
 * kept as the API wrote it: the published example holds an impossible time ({@code 12:45:67.890}) and a uuid with a
 * {@code g}, so nothing here is parsed strictly.
 *
 * @param jobId    the job, or null
 * @param email    the account, or null
 * @param started  when it started, ISO text as sent (not checked), or null
 * @param elapsed  {@code MM:SS} as sent, or null
 * @param replyUrl its webhook, or null
 * @param replyRef its caller reference, or null: ltxflux's intent key when ltxflux sent it
 */
public record RunningJob(String jobId, String email, String started, String elapsed, String replyUrl, String replyRef) {

    /** The job id, when the item has a non-blank one. */
    public Optional<JobId> job() {
        return jobId == null || jobId.isBlank() ? Optional.empty() : Optional.of(new JobId(jobId));
    }

    /** The caller reference, when set. */
    public Optional<String> reference() {
        return Optional.ofNullable(replyRef).filter(r -> !r.isBlank());
    }
}
