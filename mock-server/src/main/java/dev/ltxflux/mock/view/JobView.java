package dev.ltxflux.mock.view;

import dev.ltxflux.mock.state.MockJob;
import java.time.Instant;

/**
 * A job as the admin API ({@code GET /__admin/ltx/jobs}), the dashboard ({@code GET /__admin/ltx/dashboard}) and
 * {@code LtxMockAdmin.jobs()} show it: the one mapping of a job for all three, written and read by Jackson.
 *
 * @param jobId            the id the API shows ({@code email:<account>-job:<uuid>-type:image})
 * @param uuid             the uuid inside the id (the admin routes' {@code jobs/{uuid}/...} take it)
 * @param account          the account it belongs to
 * @param phase            {@code active}, {@code completed} or {@code failed}, by the mock's clock
 * @param progress         0–100
 * @param createdAt        when it was submitted
 * @param completesAt      when it ends (or ended: earlier than planned when it was failed through the admin API)
 * @param failure          the failure's message (planned, or given when it was failed), or null
 * @param generationId     the {@code generationId} of its ticket
 * @param prompt           the prompt
 * @param referenceAssetId the reference upload's fileId
 * @param aspectRatio      the requested ratio, or null (the server default 16:9)
 * @param seed             the seed, or null when the request named none (likewise the other request fields)
 * @param model            the model, or null
 * @param replyUrl         the webhook URL, or null
 * @param replyRef         the webhook reference, or null
 * @param operation        {@code edit}, {@code create} or {@code upscale}
 * @param thumbnail        the admin path of a small PNG of the job's image: its result once completed, else its input
 * @param thumbnailOf      {@code result} or {@code input}: what {@code thumbnail} shows
 */
public record JobView(String jobId, String uuid, String account, String phase, int progress, Instant createdAt,
        Instant completesAt, String failure, String generationId, String prompt, String referenceAssetId,
        String aspectRatio, Long seed, String model, String replyUrl, String replyRef, String operation, String thumbnail,
        String thumbnailOf) {

    /** The admin path of a job's thumbnail: {@code result} or {@code input}. */
    public static String thumbnailPath(String uuid, String of) {
        return "/__admin/ltx/jobs/" + uuid + "/thumbnail/" + of;
    }

    /** {@code job} as it stands at {@code now}. */
    public static JobView of(MockJob job, Instant now) {
        MockJob.Phase phase = job.phaseAt(now);
        var p = job.parameters();
        String of = phase == MockJob.Phase.COMPLETED ? "result" : "input";
        return new JobView(job.id(), job.uuid(), job.account(), phase.name().toLowerCase(), job.progressAt(now),
                job.createdAt(), job.completesAt(), job.failure(), job.generationId(), p.prompt(), p.referenceAssetId(),
                p.aspectRatio(), p.seed(), p.model(), p.replyUrl(), p.replyRef(), p.operation(), thumbnailPath(job.uuid(), of), of);
    }
}
