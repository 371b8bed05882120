package dev.ltxflux.mock.state;

import dev.ltxflux.mock.state.MockJob.EditParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The jobs and uploads of a mock as plain values, to carry them into another mock: the CLI keeps its embedded mock's
 * state this way between runs, so that {@code ltxflux status <id>} finds a job an earlier run made. {@link #of(JobStore)}
 * exports what has not expired (the preloaded example excluded); {@link #restoreInto(JobStore, String)} imports it.
 *
 * <p>What is kept: each job's id, account, times, planned failure, parameters (with the reference image's bytes) and
 * whether its first {@code completed} read was served; each upload with its bytes. What is not: faults, logs, webhook
 * deliveries (a restored job sends no webhook), and the concurrency slots and credits the jobs took.
 *
 * @param jobs    the jobs, with their parameters
 * @param uploads the uploads of every account
 */
public record Snapshot(List<JobEntry> jobs, List<StoredUpload> uploads) {

    public Snapshot {
        jobs = List.copyOf(jobs);
        uploads = List.copyOf(uploads);
        for (StoredUpload u : uploads) {
            if (u.name() == null || u.fileId() == null || u.account() == null || u.mimeType() == null || u.bytes() == null
                    || u.createdAt() == null) {
                throw new IllegalArgumentException("an upload needs its name, fileId, account, mimeType, bytes and createdAt");
            }
        }
    }

    /**
     * One job as it was made.
     *
     * @param uuid                      the job's uuid (the id is {@code email:<account>-job:<uuid>-type:image})
     * @param account                   the account it belongs to
     * @param createdAt                 when it was submitted
     * @param completesAt               when it ends
     * @param failure                   the planned failure message, or null
     * @param generationId              the {@code generationId} of its ticket
     * @param parameters                what was asked for (the origin is replaced by the restoring server's)
     * @param firstCompletedReadServed  whether the first {@code completed} read (without the artifact) was served
     */
    public record JobEntry(String uuid, String account, Instant createdAt, Instant completesAt, String failure,
            String generationId, EditParameters parameters, boolean firstCompletedReadServed) {

        public JobEntry {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(completesAt, "completesAt");
            Objects.requireNonNull(parameters, "parameters");
            if (completesAt.isBefore(createdAt)) {
                throw new IllegalArgumentException("completesAt must not be before createdAt");
            }
        }

        /** The job id the API shows. */
        public String id() {
            return "email:" + account + "-job:" + uuid + "-type:image";
        }

        static JobEntry of(MockJob job) {
            return new JobEntry(job.uuid(), job.account(), job.createdAt(), job.completesAt(), job.failure(),
                    job.generationId(), job.parameters(), job.firstCompletedReadServed());
        }
    }

    /** The jobs and uploads of {@code store} that have not expired; the preloaded example is not included. */
    public static Snapshot of(JobStore store) {
        List<JobEntry> jobs = new ArrayList<>();
        for (MockJob job : store.jobs()) {
            if (store.job(job.id()).isPresent()) {
                jobs.add(JobEntry.of(job));
            }
        }
        List<StoredUpload> uploads = new ArrayList<>();
        for (StoredUpload upload : store.uploads().all()) {
            if (!UploadStore.SHARED.equals(upload.account()) && store.upload(upload.fileId(), upload.account()).isPresent()) {
                uploads.add(upload);
            }
        }
        return new Snapshot(jobs, uploads);
    }

    /**
     * Adds these jobs and uploads to {@code store}, skipping what has expired by its clock, what it already holds and
     * uploads that would not fit its caps. Artifact links of restored jobs point at {@code origin} (the restoring server's
     * {@code http://host:port}). Returns how many jobs were restored.
     */
    public int restoreInto(JobStore store, String origin) {
        Objects.requireNonNull(origin, "origin");
        for (StoredUpload upload : uploads) {
            if (!UploadStore.SHARED.equals(upload.account())) {
                store.uploads().restore(upload);
            }
        }
        Instant cutoff = store.clock().instant().minus(store.config().storage().retention());
        int restored = 0;
        for (JobEntry entry : jobs) {
            if (entry.createdAt().isBefore(cutoff) || store.registry().byId(entry.id()).isPresent()) {
                continue;
            }
            EditParameters p = entry.parameters();
            MockJob job = new MockJob(entry.uuid(), entry.account(), entry.createdAt(),
                    Duration.between(entry.createdAt(), entry.completesAt()), entry.failure(),
                    new EditParameters(p.prompt(), p.referenceAssetId(), p.aspectRatio(), p.seed(), p.model(), p.replyUrl(),
                            p.replyRef(), p.reference(), origin, p.operation()), entry.generationId());
            if (entry.firstCompletedReadServed()) {
                job.claimFirstCompletedRead();
            }
            store.registry().add(job);
            restored++;
        }
        return restored;
    }
}
