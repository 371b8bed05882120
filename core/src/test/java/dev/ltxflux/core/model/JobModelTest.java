package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.testing.Jobs;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobModelTest {

    @Test
    void documentedJobIdExposesItsParts() {
        JobId id = new JobId("email:user@example.com-job:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image");
        assertThat(id.email()).contains("user@example.com");
        assertThat(id.uuid()).contains("7a34b821-9fd0-205e-d21b-4abc6f7839e7");
        assertThat(id.kind()).contains("image");
    }

    @Test
    void publishedUuidWithAGIsKept() {
        JobId id = new JobId("email:a@b.c-job:8b45c932-0ae1-316f-e32c-5bcd7g8940f8-type:video");
        assertThat(id.uuid()).contains("8b45c932-0ae1-316f-e32c-5bcd7g8940f8");
        assertThat(id.kind()).contains("video");
    }

    @Test
    void unusualJobIdIsKeptOpaque() {
        JobId id = new JobId("some/other id%41");
        assertThat(id.value()).isEqualTo("some/other id%41");
        assertThat(id.email()).isEmpty();
    }

    @Test
    void blankJobIdIsRejectedNamingTheField() {
        assertThatThrownBy(() -> new JobId(" ")).isInstanceOf(InvalidRequestException.class).hasMessageContaining("'jobId' must not be blank");
    }

    @Test
    void completedWithoutAssetUrlIsNotDone() {
        assertThat(Jobs.completedWithoutArtifact().isDone()).isFalse();
        assertThat(Jobs.completed().isDone()).isTrue();
    }

    @Test
    void unknownStatusIsKeptAndIsNeitherDoneNorFailed() {
        JobStatus status = new JobStatus("queued");
        assertThat(status.kind()).isEqualTo(JobStatus.Kind.UNRECOGNIZED);
        assertThat(status.wire()).isEqualTo("queued");
    }

    @Test
    void expirationDateStringIsEpochMilliseconds() {
        assertThat(Artifact.parseExpiry("1748919477350")).contains(Instant.parse("2025-06-03T02:57:57.350Z"));
        assertThat(Artifact.parseExpiry("soon")).isEmpty();
        assertThat(Artifact.parseExpiry(null)).isEmpty();
    }

    @Test
    void artifactToStringHidesTheUrlSignature() {
        assertThat(Jobs.completed().artifact().orElseThrow().toString()).doesNotContain("secret").contains("https://assets.example.com/a.png");
    }

    @Test
    void submissionShapesAreDistinguished() {
        assertThat(Submission.ticket(Jobs.ID, "gen_abc").finishedJob()).isEmpty();
        assertThat(Submission.finished(Jobs.completed()).finishedJob()).isPresent();
        assertThat(Submission.finished(Jobs.completed()).jobId()).isEqualTo(Jobs.ID);
    }
}
