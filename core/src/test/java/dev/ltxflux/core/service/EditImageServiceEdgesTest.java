package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.ArtifactExpiredException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.EditRequestBuilder;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.out.UploadAssetPort;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import dev.ltxflux.core.testing.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edit flow's edges: whose account an upload goes to, answers that are not yet final, labels, links. */
class EditImageServiceEdgesTest {

    @TempDir
    Path dir;

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private final List<AssetUpload> uploads = new ArrayList<>();
    private final UploadAssetPort recordingUploader = upload -> {
        uploads.add(upload);
        return new UploadedAsset(new AssetId("asset:second-type:image/png"), "image/png", "image", null, null);
    };
    private EditImageService service;
    private DownloadService downloads;
    private Path png;

    @BeforeEach
    void setUp() throws Exception {
        AwaitJobService awaiter = new AwaitJobService(api, clock, clock.delays(), Runnable::run, Backoff.DEFAULT_POLLING);
        service = new EditImageService(recordingUploader, api, Services.paid(api, awaiter, clock));
        downloads = new DownloadService(api, api, clock);
        png = Files.write(dir.resolve("in.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4});
    }

    private EditImageCommand fileCommand(EditRequestBuilder request) {
        return EditImageCommand.forFile(png, request, dir.resolve("out.png"), AwaitOptions.defaults());
    }

    @Test
    void theUploadGoesToTheAccountTheRequestNames() {
        api.reads(Jobs::completed);

        service.edit(fileCommand(EditRequest.builder().prompt("sunset").email("second@example.com")));

        assertThat(uploads).singleElement().satisfies(u -> assertThat(u.account()).contains("second@example.com"));
        assertThat(api.submitted()).singleElement()
                .satisfies(r -> assertThat(r.email()).contains("second@example.com"))
                .satisfies(r -> assertThat(r.referenceAssetId()).isEqualTo(new AssetId("asset:second-type:image/png")));
    }

    @Test
    void withoutAnEmailTheUploadNamesNoAccount() {
        api.reads(Jobs::completed);

        service.edit(fileCommand(EditRequest.builder().prompt("sunset")));

        assertThat(uploads).singleElement().satisfies(u -> assertThat(u.account()).isEmpty());
    }

    @Test
    void aPollForResultAnswerThatIsStillActiveIsAwaited() {
        api.submissionAnswers(Submission.finished(Jobs.active(40))).reads(Jobs::completed);

        Job job = service.edit(fileCommand(EditRequest.builder().prompt("sunset").pollForResult(2))).job();

        assertThat(job.isDone()).isTrue();
        assertThat(api.count("read")).isEqualTo(1);
    }

    @Test
    void aPollForResultAnswerCompletedWithoutItsArtifactIsAwaited() {
        api.submissionAnswers(Submission.finished(Jobs.completedWithoutArtifact())).reads(Jobs::completed);

        assertThat(service.edit(fileCommand(EditRequest.builder().prompt("sunset"))).job().isDone()).isTrue();
        assertThat(api.count("read")).isEqualTo(1);
    }

    @Test
    void aPollForResultAnswerThatFailedIsRaisedWithoutReading() {
        api.submissionAnswers(Submission.finished(Jobs.failed("content policy")));

        assertThatThrownBy(() -> service.edit(fileCommand(EditRequest.builder().prompt("sunset"))))
                .isInstanceOf(JobFailedException.class).hasMessageContaining("content policy");
        assertThat(api.count("read")).isZero();
        assertThat(api.count("download")).isZero();
    }

    @Test
    void theJournalLabelKeepsSixtyCharactersAndMarksACut() {
        String sixty = "a".repeat(dev.ltxflux.core.model.journal.JournalRecord.LABEL_LENGTH);

        service.submit(EditRequest.builder().prompt(sixty).referenceAssetId("asset:1").build());
        service.submit(EditRequest.builder().prompt(sixty + "b").referenceAssetId("asset:1").build());

        assertThat(api.records()).extracting(e -> e.label()).containsExactly(sixty, sixty + "…");
        assertThat(api.records()).allSatisfy(e -> assertThat(e.intendedAt()).isEqualTo(clock.instant()));
    }

    @Test
    void aJobThatNoLongerOffersALinkIsReportedAsExpired() {
        Job linkGone = Job.builder(Jobs.ID, JobStatus.COMPLETED)
                .artifact(Artifact.of(null, null, "asset:1-type:image/png", "image/png", "artifact", null)).build();
        api.expiredDownloads(1).reads(() -> linkGone);

        assertThatThrownBy(() -> downloads.download(Jobs.completed(), dir.resolve("out.png")))
                .isInstanceOf(ArtifactExpiredException.class).hasMessageContaining("no longer offers a download link");
    }

    @Test
    void aJobThatIsNotDoneCannotBeDownloaded() {
        Job completedWithoutLink = Job.builder(Jobs.ID, JobStatus.COMPLETED).build();

        assertThatThrownBy(() -> downloads.download(completedWithoutLink, dir.resolve("out.png")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("must be done");
        assertThat(api.calls()).isEmpty();
    }
}
