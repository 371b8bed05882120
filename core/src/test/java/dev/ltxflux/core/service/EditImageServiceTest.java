package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.EditRequestBuilder;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import dev.ltxflux.core.testing.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditImageServiceTest {

    @TempDir
    Path dir;

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private EditImageService service;
    private Path png;

    @BeforeEach
    void setUp() throws Exception {
        AwaitJobService awaiter = new AwaitJobService(api, clock, clock.delays(), Runnable::run, Backoff.DEFAULT_POLLING);
        service = Services.edit(api, awaiter, clock);
        png = Files.write(dir.resolve("in.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4});
    }

    private static EditRequestBuilder prompt() {
        return EditRequest.builder().prompt("Add golden sunset lighting");
    }

    @Test
    void givenFile_edit_uploadsSubmitsOnceJournalsBeforeWaitingAndDownloads() {
        api.reads(() -> Jobs.active(50), Jobs::completed);
        ImageOutcome outcome = service.edit(EditImageCommand.forFile(png, prompt(), dir.resolve("out.png"), AwaitOptions.defaults()));
        assertThat(outcome.file()).exists();
        assertThat(api.calls()).containsExactly(
                "upload in.png as image/png",
                "intent key-1",
                "submit asset:uploaded-type:image/png",
                "pending key-1 " + Jobs.ID,
                "read " + Jobs.ID,
                "read " + Jobs.ID,
                "download https://assets.example.com/a.png?sig=secret",
                "finished key-1 " + Jobs.ID);
        assertThat(api.records()).singleElement().satisfies(e -> {
            assertThat(e.label()).isEqualTo("Add golden sunset lighting");
            assertThat(e.output()).contains(dir.resolve("out.png").toAbsolutePath().toString());
            assertThat(e.note()).startsWith("saved ");
        });
        assertThat(outcome.key().value()).isEqualTo("key-1");
        assertThat(api.submitted()).singleElement().satisfies(r -> assertThat(r.replyRef()).contains("key-1"));
    }

    @Test
    void givenAssetId_edit_skipsTheUpload() {
        api.reads(Jobs::completed);
        service.edit(EditImageCommand.forAsset(new AssetId("asset:9-type:image/png"), prompt(), dir.resolve("o.png"), AwaitOptions.defaults()));
        assertThat(api.count("upload")).isZero();
        assertThat(api.submitted()).singleElement().satisfies(r -> assertThat(r.referenceAssetId().value()).isEqualTo("asset:9-type:image/png"));
    }

    @Test
    void invalidCommandIsRefusedBeforeAnyCallListingEveryRule() {
        EditRequestBuilder bad = EditRequest.builder().prompt("").aspectRatio("2:1").referenceAssetId("asset:set");
        assertThatThrownBy(() -> EditImageCommand.forFile(dir.resolve("missing.png"), bad, dir.resolve("o.png"), AwaitOptions.defaults()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("image", "referenceAssetId", "prompt", "aspectRatio"));
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void finishedSubmissionIsNotPolled() {
        api.submissionAnswers(Submission.finished(Jobs.completed()));
        service.edit(EditImageCommand.forFile(png, prompt().pollForResult(5), dir.resolve("o.png"), AwaitOptions.defaults()));
        assertThat(api.count("read")).isZero();
        assertThat(api.count("pending")).isEqualTo(1);
        assertThat(api.count("finished")).isEqualTo(1);
    }

    @Test
    void expiredLinkIsRefreshedOnceByRereadingTheJob() {
        api.reads(Jobs::completed).expiredDownloads(1);
        service.edit(EditImageCommand.forFile(png, prompt(), dir.resolve("o.png"), AwaitOptions.defaults()));
        assertThat(api.count("download")).isEqualTo(2);
        assertThat(api.count("read")).isEqualTo(2);
    }

    @Test
    void artifactPastItsExpiryIsRefreshedBeforeDownloading() {
        api.submissionAnswers(Submission.finished(Jobs.completed("https://old.example/a.png", "1000")))
                .reads(() -> Jobs.completed("https://new.example/a.png", null));
        service.edit(EditImageCommand.forFile(png, prompt(), dir.resolve("o.png"), AwaitOptions.defaults()));
        assertThat(api.calls()).contains("download https://new.example/a.png").doesNotContain("download https://old.example/a.png");
    }

    @Test
    void failedJobKeepsItsIdInTheErrorAndTheJournal() {
        api.reads(() -> Jobs.failed("nsfw"));
        assertThatThrownBy(() -> service.edit(EditImageCommand.forFile(png, prompt(), dir.resolve("o.png"), AwaitOptions.defaults())))
                .isInstanceOf(JobFailedException.class).hasMessageContaining(Jobs.ID.value());
        assertThat(api.records()).singleElement().satisfies(e -> {
            assertThat(e.jobId()).contains(Jobs.ID);
            assertThat(e.state()).isEqualTo(dev.ltxflux.core.model.journal.JobState.FINISHED);
            assertThat(e.note()).isEqualTo("failed: nsfw");
        });
    }

    @Test
    void timeoutLeavesTheJobJournaledAndResumable() {
        api.reads(() -> Jobs.active(3));
        assertThatThrownBy(() -> service.edit(EditImageCommand.forFile(png, prompt(), dir.resolve("o.png"),
                AwaitOptions.timeout(Duration.ofSeconds(5))))).isInstanceOf(WaitTimedOutException.class);
        assertThat(api.count("submit")).isEqualTo(1);
        assertThat(api.records()).singleElement().satisfies(e -> assertThat(e.state())
                .isEqualTo(dev.ltxflux.core.model.journal.JobState.PENDING));
    }

    @Test
    void givenThreeReferences_edit_uploadsEachFileAndSendsThemInOrder() {
        api.reads(Jobs::completed);
        service.edit(EditImageCommand.of(java.util.List.of(EditImageCommand.Reference.file(png),
                        EditImageCommand.Reference.asset(new AssetId("asset:2-type:image/png")), EditImageCommand.Reference.file(png)),
                prompt().model("flux-premium"), dir.resolve("o.png"), AwaitOptions.defaults()));
        assertThat(api.count("upload")).isEqualTo(2);
        assertThat(api.submitted()).singleElement().satisfies(r -> {
            assertThat(r.referenceAssetId().value()).isEqualTo("asset:uploaded-type:image/png");
            assertThat(r.referenceAssetId2()).map(AssetId::value).contains("asset:2-type:image/png");
            assertThat(r.referenceAssetId3()).map(AssetId::value).contains("asset:uploaded-type:image/png");
        });
    }

    @Test
    void theModelsReferenceLimitIsCheckedBeforeAnyUpload() {
        var three = java.util.List.of(EditImageCommand.Reference.file(png), EditImageCommand.Reference.file(png),
                EditImageCommand.Reference.file(png));
        assertThatThrownBy(() -> EditImageCommand.of(three, prompt(), dir.resolve("o.png"), AwaitOptions.defaults()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("referenceAssetId3"));
        var four = new java.util.ArrayList<>(three);
        four.add(EditImageCommand.Reference.asset(new AssetId("asset:4")));
        assertThatThrownBy(() -> EditImageCommand.of(four, prompt().model("nano-banana"), dir.resolve("o.png"), AwaitOptions.defaults()))
                .hasMessageContaining("at most 3 reference images");
        assertThatThrownBy(() -> EditImageCommand.of(java.util.List.of(), prompt(), dir.resolve("o.png"), AwaitOptions.defaults()))
                .hasMessageContaining("'image' is required");
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void aFileOrAnAssetIdIsToldApartByWhetherTheFileExists() {
        assertThat(EditImageCommand.Reference.fileOrAsset(png.toString(), "referenceAssetId2").file()).isNotNull();
        assertThat(EditImageCommand.Reference.fileOrAsset("asset:7-type:image/png", "referenceAssetId2").asset())
                .isEqualTo(new AssetId("asset:7-type:image/png"));
    }
}
