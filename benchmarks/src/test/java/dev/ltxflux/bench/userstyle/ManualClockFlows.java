package dev.ltxflux.bench.userstyle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.testing.LtxTestExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's test class as the README shows it, on a manual clock: 50 full flows (upload, submit, advance, await,
 * download). Not part of the build's tests (no {@code *Test} name): run it by name, see {@code RESULTS.md} section 13.
 */
class ManualClockFlows {

    @RegisterExtension
    LtxTestExtension ltx = LtxTestExtension.withManualClock();

    @TempDir
    Path dir;

    @RepeatedTest(50)
    void aFullFlow() throws Exception {
        LtxClient client = ltx.client();
        UploadedAsset asset = client.upload(Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48)));
        JobId id = client.submit(EditRequest.builder().prompt("Add golden sunset lighting")
                .referenceAssetId(asset.fileId()).build()).jobId();
        ltx.advance(Duration.ofSeconds(1));
        Job done = client.await(id, AwaitOptions.defaults());
        Path out = client.download(done, dir.resolve("out.png"));
        assertThat(Files.size(out)).isPositive();
    }
}
