package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.EditImageCommand.Reference;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import dev.ltxflux.core.testing.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateAndUpscaleServiceTest {

    @TempDir
    Path dir;

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private AwaitJobService awaiter;
    private Path png;

    @BeforeEach
    void setUp() throws Exception {
        awaiter = new AwaitJobService(api, clock, clock.delays(), Runnable::run, Backoff.DEFAULT_POLLING);
        png = Files.write(dir.resolve("ref.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, 4});
    }

    @Test
    void givenPrompt_create_goesThroughThePaidPathIntentSubmitJournalWaitDownload() {
        api.reads(Jobs::completed);
        ImageOutcome outcome = Services.create(api, awaiter, clock).create(CreateImageCommand.of(
                CreateRequest.builder().prompt("A lighthouse"), dir.resolve("a.png"), AwaitOptions.defaults()));
        assertThat(outcome.file()).exists();
        assertThat(api.calls()).containsExactly("intent key-1", "submit create none", "pending key-1 " + Jobs.ID,
                "read " + Jobs.ID, "download https://assets.example.com/a.png?sig=secret", "finished key-1 " + Jobs.ID);
        assertThat(api.records()).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo("create");
            assertThat(r.label()).isEqualTo("A lighthouse");
        });
        assertThat(api.otherSubmits()).singleElement().satisfies(r -> assertThat(r.replyRef()).contains("key-1"));
    }

    @Test
    void givenReferenceFile_create_uploadsItFirstAndSendsItsAssetId() {
        api.reads(Jobs::completed);
        Services.create(api, awaiter, clock).create(CreateImageCommand.of(CreateRequest.builder().prompt("p").referenceStrength(80),
                Reference.file(png), dir.resolve("a.png"), AwaitOptions.defaults()));
        assertThat(api.calls()).startsWith("upload ref.png as image/png", "intent key-1", "submit create asset:uploaded-type:image/png");
        assertThat(((CreateRequest) api.otherSubmits().get(0)).referenceStrength()).hasValue(80);
    }

    @Test
    void aReferenceWithAModelThatTakesNoneIsRefusedBeforeAnyUploadOrIntent() {
        assertThatThrownBy(() -> CreateImageCommand.of(CreateRequest.builder().prompt("p").model("flux-premium").style("pop"),
                Reference.file(png), null, AwaitOptions.defaults()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("style", "referenceAssetId", "output"));
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void givenCompletedJob_upscale_submitsOnceJournalsAsUpscaleAndSaves() {
        api.reads(Jobs::completed);
        ImageOutcome outcome = Services.upscale(api, awaiter, clock).upscale(UpscaleRequest.of(Jobs.ID), dir.resolve("b.png"),
                AwaitOptions.defaults());
        assertThat(outcome.file()).exists();
        assertThat(api.count("submit upscale " + Jobs.ID)).isEqualTo(1);
        assertThat(api.records()).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo("upscale");
            assertThat(r.note()).startsWith("saved ");
        });
    }

    @Test
    void submitAloneJournalsTheIntentAndTheJobIdWithoutWaiting() {
        var submitted = Services.upscale(api, awaiter, clock).submit(UpscaleRequest.builder().jobId(Jobs.ID.value()).replyRef("mine").build());
        assertThat(submitted.jobId()).isEqualTo(Jobs.ID);
        assertThat(api.calls()).containsExactly("intent mine", "submit upscale " + Jobs.ID, "pending mine " + Jobs.ID);
    }
}
