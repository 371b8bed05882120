package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The client against the real mock server over HTTP. */
class ClientFlowTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    private LtxClient client;
    private Path input;

    @BeforeEach
    void setUp() throws Exception {
        client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).journal(dev.ltxflux.journal.file.FileJobJournal.open(dir.resolve("jobs.log")))
                .polling(new Backoff(Duration.ofMillis(50), 1.5, Duration.ofMillis(200))).build();
        input = Files.write(dir.resolve("in.png"), ImageEditor.sample(320, 240));
    }

    @AfterEach
    void tearDown() {
        client.close();
        assertThat(ltx.server().store().drifts().all()).isEmpty();
    }

    @Test
    void wholeFlowUploadsSubmitsWaitsThroughTheQuirkAndDownloadsTheMocksPng() throws Exception {
        List<String> seen = new ArrayList<>();
        ImageOutcome out = client.edit(EditImageCommand.forFile(input, EditRequest.builder().prompt("Add golden sunset lighting")
                .aspectRatio("1:1").seed(9L), dir.resolve("out/result.png"),
                AwaitOptions.timeout(Duration.ofSeconds(20)).withListener(j -> seen.add(j.status().wire() + ":" + j.artifact().isPresent()))));
        assertThat(out.job().isDone()).isTrue();
        assertThat(seen).contains("completed:false");
        byte[] png = Files.readAllBytes(out.file());
        byte[] expected = ImageEditor.edit(Files.readAllBytes(input), "1:1", "Add golden sunset lighting", 9L);
        assertThat(png).isEqualTo(expected);
        assertThat(client.journal().recent(10)).singleElement().satisfies(r -> {
            assertThat(r.jobId()).contains(out.job().id());
            assertThat(r.state()).isEqualTo(dev.ltxflux.core.model.journal.JobState.FINISHED);
            assertThat(r.key()).isEqualTo(out.key());
        });
        try (var files = Files.list(out.file().getParent())) {
            assertThat(files).containsExactly(out.file());
        }
    }

    @Test
    void pollForResultFinishedJobNeedsNoPolling() {
        String asset = client.upload(input).fileId().value();
        Submission s = client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset).pollForResult(10).build());
        assertThat(s.finishedJob()).hasValueSatisfying(j -> assertThat(j.isDone()).isTrue());
    }

    @Test
    void manyAsyncAwaitsShareASmallPool() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try (LtxClient pooled = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).executor(pool)
                .polling(new Backoff(Duration.ofMillis(50), 2, Duration.ofMillis(200))).build()) {
            String asset = pooled.upload(input).fileId().value();
            List<CompletableFuture<Job>> waits = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                var id = pooled.submit(EditRequest.builder().prompt("p" + i).referenceAssetId(asset).maxJobs(100).build()).jobId();
                waits.add(pooled.awaitAsync(id, AwaitOptions.timeout(Duration.ofSeconds(20))));
            }
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            assertThat(waits).allSatisfy(w -> assertThat(w.join().isDone()).isTrue());
        } finally {
            pool.shutdownNow();
        }
    }
}
