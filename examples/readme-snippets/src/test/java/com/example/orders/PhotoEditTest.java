package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat; // AssertJ (org.assertj:assertj-core, test scope)

import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.testing.LtxTestExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PhotoEditTest {

    @RegisterExtension
    LtxTestExtension ltx = LtxTestExtension.withManualClock(); // the mock on a free port, its clock stopped

    @TempDir
    Path dir;

    @Test
    void editsAPhotoWithoutWaitingInRealTime() {
        LtxClient client = ltx.client(); // wired to the mock (base URL, token); closed after the test

        UploadedAsset photo = client.upload(Path.of("src/test/resources/photo.png"));
        JobId id = client.submit(EditRequest.builder()
                .prompt("Add golden sunset lighting")
                .referenceAssetId(photo.fileId()) // an AssetId
                .build()).jobId();

        ltx.advance(Duration.ofSeconds(1)); // optional: the await below would move the mock's clock itself
        Job done = client.await(id, AwaitOptions.defaults()); // returns at once: its polls run on the mock's clock
        Path result = client.download(done, dir.resolve("result.png"));

        assertThat(result).exists();
        assertThat(ltx.jobs()).singleElement()
                .extracting(JobView::prompt).isEqualTo("Add golden sunset lighting");
    }
}
