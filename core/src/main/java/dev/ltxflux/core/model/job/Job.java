package dev.ltxflux.core.model.job;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A job as the API last described it ({@code GET assets/{jobId}}, the {@code pollForResult} answer or a webhook).
 * {@link #isDone()} is the documented completion test: {@code completed} <em>and</em> an asset URL.
 */
public final class Job {

    private final JobId id;
    private final JobStatus status;
    private final Integer progress;
    private final String message;
    private final Artifact artifact;
    private final String generationId;
    private final String replyUrl;
    private final String replyRef;

    private Job(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.status = Objects.requireNonNull(b.status, "status");
        this.progress = b.progress;
        this.message = b.message;
        this.artifact = b.artifact;
        this.generationId = b.generationId;
        this.replyUrl = b.replyUrl;
        this.replyRef = b.replyRef;
    }

    public static Builder builder(JobId id, JobStatus status) {
        return new Builder(id, status);
    }

    public JobId id() {
        return id;
    }

    public JobStatus status() {
        return status;
    }

    /** Progress as the API reports it (0–100 when present). */
    public OptionalInt progress() {
        return progress == null ? OptionalInt.empty() : OptionalInt.of(progress);
    }

    /** The API's message, usually the reason of a failure. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public Optional<Artifact> artifact() {
        return Optional.ofNullable(artifact);
    }

    public Optional<String> generationId() {
        return Optional.ofNullable(generationId);
    }

    public Optional<String> replyUrl() {
        return Optional.ofNullable(replyUrl);
    }

    public Optional<String> replyRef() {
        return Optional.ofNullable(replyRef);
    }

    /** Done means {@code completed} and an asset URL present; the two can be out of sync, so both are checked. */
    public boolean isDone() {
        return status.kind() == JobStatus.Kind.COMPLETED && artifact != null && artifact.assetUrl().isPresent();
    }

    /** Whether the job ended in {@code failed}. */
    public boolean isFailed() {
        return status.kind() == JobStatus.Kind.FAILED;
    }

    /** A builder holding this job's values. */
    public Builder toBuilder() {
        return new Builder(id, status).progress(progress).message(message).artifact(artifact)
                .generationId(generationId).replyUrl(replyUrl).replyRef(replyRef);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Job j && id.equals(j.id) && status.equals(j.status) && Objects.equals(progress, j.progress)
                && Objects.equals(message, j.message) && Objects.equals(artifact, j.artifact)
                && Objects.equals(generationId, j.generationId) && Objects.equals(replyUrl, j.replyUrl)
                && Objects.equals(replyRef, j.replyRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, progress, message, artifact);
    }

    @Override
    public String toString() {
        return "Job[id=" + id + ", status=" + status + ", progress=" + progress + ", artifact=" + artifact + "]";
    }

    /** Builds a {@link Job}; id and status are required, everything else optional. */
    public static final class Builder {
        private final JobId id;
        private final JobStatus status;
        private Integer progress;
        private String message;
        private Artifact artifact;
        private String generationId;
        private String replyUrl;
        private String replyRef;

        private Builder(JobId id, JobStatus status) {
            this.id = id;
            this.status = status;
        }

        public Builder progress(Integer progress) {
            this.progress = progress;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder artifact(Artifact artifact) {
            this.artifact = artifact;
            return this;
        }

        public Builder generationId(String generationId) {
            this.generationId = generationId;
            return this;
        }

        public Builder replyUrl(String replyUrl) {
            this.replyUrl = replyUrl;
            return this;
        }

        public Builder replyRef(String replyRef) {
            this.replyRef = replyRef;
            return this;
        }

        public Job build() {
            return new Job(this);
        }
    }
}
