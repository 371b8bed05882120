package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.ImageType;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.testing.Jobs;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Job, artifact and asset values: every field read back, equality over every field, safe text. */
class JobValuesTest {

    private static final URI URL = URI.create("https://assets.example.com/a.png?sig=secret");

    private static Artifact artifact(String fileId) {
        return Artifact.of(URL, "4102444800000", fileId, "image/png", "artifact", "vertex-ai");
    }

    private static Job fullJob() {
        return Job.builder(Jobs.ID, JobStatus.COMPLETED).progress(100).message("ok").artifact(artifact("asset:1"))
                .generationId("gen-1").replyUrl("https://hooks.example.com/h").replyRef("ref-1").build();
    }

    @Test
    void aJobReadsBackEveryField() {
        Job job = fullJob();

        assertThat(job.id()).isEqualTo(Jobs.ID);
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.progress()).hasValue(100);
        assertThat(job.message()).contains("ok");
        assertThat(job.artifact()).contains(artifact("asset:1"));
        assertThat(job.generationId()).contains("gen-1");
        assertThat(job.replyUrl()).contains("https://hooks.example.com/h");
        assertThat(job.replyRef()).contains("ref-1");
    }

    @Test
    void toBuilderKeepsEveryFieldAndEqualityComparesEachOfThem() {
        Job job = fullJob();

        assertThat(job.toBuilder().build()).isEqualTo(job).hasSameHashCodeAs(job);
        assertThat(job.toBuilder().progress(99).build()).isNotEqualTo(job);
        assertThat(job.toBuilder().message("other").build()).isNotEqualTo(job);
        assertThat(job.toBuilder().artifact(artifact("asset:2")).build()).isNotEqualTo(job);
        assertThat(job.toBuilder().generationId("gen-2").build()).isNotEqualTo(job);
        assertThat(job.toBuilder().replyUrl("https://other.example.com").build()).isNotEqualTo(job);
        assertThat(job.toBuilder().replyRef("ref-2").build()).isNotEqualTo(job);
        assertThat(Job.builder(new JobId("job:other"), JobStatus.COMPLETED).build())
                .isNotEqualTo(Job.builder(Jobs.ID, JobStatus.COMPLETED).build());
        assertThat(Job.builder(Jobs.ID, JobStatus.ACTIVE).build()).isNotEqualTo(Job.builder(Jobs.ID, JobStatus.COMPLETED).build());
        assertThat(job).isNotEqualTo("not a job");
        assertThat(job.hashCode()).isNotEqualTo(job.toBuilder().progress(1).build().hashCode());
    }

    @Test
    void aJobPrintsItsIdStatusAndProgressButNotTheSignature() {
        assertThat(fullJob().toString()).contains(Jobs.ID.value(), "completed", "progress=100", "assets.example.com/a.png")
                .doesNotContain("sig=secret");
    }

    @Test
    void anArtifactReadsBackEveryFieldAndComparesEachOfThem() {
        Artifact a = artifact("asset:1");

        assertThat(a.assetUrl()).contains(URL);
        assertThat(a.expiresAt()).contains(Instant.ofEpochMilli(4102444800000L));
        assertThat(a.fileId()).contains("asset:1");
        assertThat(a.mimeType()).contains("image/png");
        assertThat(a.type()).contains("artifact");
        assertThat(a.subtype()).contains("vertex-ai");
        assertThat(artifact("asset:1")).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a).isNotEqualTo(artifact("asset:2")).isNotEqualTo("not an artifact");
        assertThat(a).isNotEqualTo(Artifact.of(URI.create("https://x.example/b.png"), "4102444800000", "asset:1", "image/png", "artifact", "vertex-ai"));
        assertThat(a).isNotEqualTo(Artifact.of(URL, "1", "asset:1", "image/png", "artifact", "vertex-ai"));
        assertThat(a).isNotEqualTo(Artifact.of(URL, "4102444800000", "asset:1", "image/jpeg", "artifact", "vertex-ai"));
        assertThat(a).isNotEqualTo(Artifact.of(URL, "4102444800000", "asset:1", "image/png", "other", "vertex-ai"));
        assertThat(a).isNotEqualTo(Artifact.of(URL, "4102444800000", "asset:1", "image/png", "artifact", "other"));
        assertThat(a.hashCode()).isNotEqualTo(artifact("asset:2").hashCode());
    }

    @Test
    void anArtifactExpiresAtItsExpiryInstantExactly() {
        Artifact a = Artifact.of(URL, "1000", null, null, null, null);

        assertThat(a.isExpiredAt(Instant.ofEpochMilli(999))).isFalse();
        assertThat(a.isExpiredAt(Instant.ofEpochMilli(1000))).isTrue();
        assertThat(Artifact.of(URL, null, null, null, null, null).isExpiredAt(Instant.MAX)).isFalse();
        assertThat(Artifact.of(null, null, null, null, null, null).toString()).contains("assetUrl=none");
    }

    @Test
    void statusesPrintAsOnTheWireAndMapToKinds() {
        assertThat(JobStatus.ACTIVE.kind()).isEqualTo(JobStatus.Kind.ACTIVE);
        assertThat(JobStatus.COMPLETED.kind()).isEqualTo(JobStatus.Kind.COMPLETED);
        assertThat(JobStatus.FAILED.kind()).isEqualTo(JobStatus.Kind.FAILED);
        assertThat(new JobStatus("queued").kind()).isEqualTo(JobStatus.Kind.UNRECOGNIZED);
        assertThat(new JobStatus("queued")).hasToString("queued");
        assertThat(Jobs.ID).hasToString(Jobs.ID.value());
    }

    @Test
    void aTicketKeepsItsGenerationIdAndAFinishedAnswerItsJob() {
        assertThat(((Submission.Ticket) Submission.ticket(Jobs.ID, "gen-1")).generation()).contains("gen-1");
        assertThat(((Submission.Ticket) Submission.ticket(Jobs.ID, null)).generation()).isEmpty();
        assertThat(Submission.finished(fullJob()).finishedJob()).contains(fullJob());
        assertThat(Submission.ticket(Jobs.ID, "gen-1").finishedJob()).isEmpty();
    }

    @Test
    void uploadsNameTheirAccountAndTheirCopy() {
        ReferenceImage image = new ReferenceImage(Path.of("in.png"), ImageType.PNG, 12);
        UploadedAsset uploaded = UploadedAsset.of(new AssetId("asset:1"), "image/png", "image", URL, "1000");

        assertThat(AssetUpload.of(image).account()).isEmpty();
        assertThat(AssetUpload.of(image).image()).isEqualTo(image);
        assertThat(new AssetUpload(image, "second@example.com").account()).contains("second@example.com");
        assertThat(uploaded.assetUrlValue()).contains(URL);
        assertThat(uploaded.expiresAtValue()).contains(Instant.ofEpochMilli(1000));
        assertThat(UploadedAsset.of(new AssetId("asset:1"), null, null, null, "soon").expiresAtValue()).isEmpty();
        assertThat(UploadedAsset.of(new AssetId("asset:1"), null, null, null, null).assetUrlValue()).isEmpty();
    }

    @Test
    void imageTypesNeedTheirWholeSignature() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        byte[] webp = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'};

        assertThat(ImageType.detect(png)).contains(ImageType.PNG);
        assertThat(ImageType.detect(java.util.Arrays.copyOf(png, 7))).isEmpty();
        assertThat(ImageType.detect(jpeg)).contains(ImageType.JPEG);
        assertThat(ImageType.detect(java.util.Arrays.copyOf(jpeg, 2))).isEmpty();
        assertThat(ImageType.detect(webp)).contains(ImageType.WEBP);
        assertThat(ImageType.detect(java.util.Arrays.copyOf(webp, 11))).isEmpty();
    }
}
