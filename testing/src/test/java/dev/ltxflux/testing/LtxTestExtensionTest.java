package dev.ltxflux.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A user's test gets a client wired to the mock; on a manual clock its waits run on (and drive) the mock's clock. */
@Timeout(20)
class LtxTestExtensionTest {

    @TempDir
    Path dir;

    Path image() throws Exception {
        return Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));
    }

    static long realMillisOf(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    }

    @Nested
    class OnAManualClock {

        @RegisterExtension
        LtxTestExtension ltx = LtxTestExtension.withManualClock();

        @Test
        void aBlockingAwaitWithoutAnyAdvanceEndsAtOnceAndMovesTheMocksClockOnlyAsFarAsTheJobNeeded() throws Exception {
            LtxClient client = ltx.client();
            UploadedAsset asset = client.upload(image());
            JobId id = client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset.fileId()).build()).jobId();
            java.time.Instant before = ltx.server().clock().instant();
            // the mock's clock stands still unless the client's waits move it: a wait on the real clock would never see
            // the job end, and the class's @Timeout(20) would fail the test
            Job done = client.await(id, AwaitOptions.defaults());
            assertThat(done.isDone()).isTrue();
            Duration moved = Duration.between(before, ltx.server().clock().instant());
            // the 100 ms job ends by the second poll (1 s on the default backoff), far from the 10 min await timeout
            assertThat(moved).isBetween(LtxTestExtension.JOB_DURATION, Duration.ofSeconds(3));
        }

        @Test
        void aBlockingEditEndsAndNoFinishedWaitMovesTheClockAfterwards() throws Exception {
            LtxClient client = ltx.client();
            java.time.Instant start = ltx.server().clock().instant();
            // a real-time poll would never see the job end here (the class's @Timeout(20) would fail the test)
            ImageOutcome out = client.edit(EditImageCommand.forFile(image(), EditRequest.builder().prompt("p"),
                    dir.resolve("out.png"), AwaitOptions.defaults()));
            assertThat(out.file()).exists();
            assertThat(Duration.between(start, ltx.server().clock().instant())).isLessThan(Duration.ofSeconds(5));
            java.time.Instant after = ltx.server().clock().instant();
            // the await's 10 min deadline timer was cancelled with the wait: a later call does not jump to it
            client.status(out.job().id());
            assertThat(ltx.server().clock().instant()).isEqualTo(after);
        }

        @Test
        void aHandAdvanceStillWorksAndTheAwaitThenReadsTheDoneJobAtOnce() throws Exception {
            LtxClient client = ltx.client();
            UploadedAsset asset = client.upload(image());
            JobId id = client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset.fileId()).build()).jobId();
            ltx.advance(Duration.ofSeconds(1));
            java.time.Instant before = ltx.server().clock().instant();
            assertThat(client.await(id, AwaitOptions.defaults()).isDone()).isTrue();
            // the job is done at once, or (if the mock's own timer had not yet marked it) by the first poll
            assertThat(Duration.between(before, ltx.server().clock().instant())).isLessThanOrEqualTo(Duration.ofSeconds(1));
        }

        @Test
        void theClientIsWiredToThisTestsMockOnItsClock() {
            LtxClient client = ltx.client();
            assertThat(ltx.manualClock()).isTrue();
            assertThat(client.baseUrl()).isEqualTo(ltx.baseUrl());
            assertThat(client.options().clock()).isSameAs(ltx.server().clock());
        }
    }

    @Nested
    class WithAJobLongerThanTheAwait {

        @RegisterExtension
        LtxTestExtension ltx = LtxTestExtension.of(
                LtxMockExtension.with(b -> b.jobDuration(Duration.ofHours(2))).withManualClock());

        @Test
        void theAwaitTimesOutOnVirtualTimeNotOnTheRealClock() throws Exception {
            LtxClient client = ltx.client();
            UploadedAsset asset = client.upload(image());
            JobId id = client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset.fileId()).build()).jobId();
            java.time.Instant before = ltx.server().clock().instant();
            // waiting 5 minutes on the real clock would overrun the class's @Timeout(20): no real-time bound of our own,
            // which a loaded machine could break, is needed to tell virtual waits from real ones
            WaitTimedOutException e = catchThrowableOfType(WaitTimedOutException.class,
                    () -> client.await(id, AwaitOptions.timeout(Duration.ofMinutes(5))));
            assertThat(e).isNotNull();
            assertThat(Duration.between(before, ltx.server().clock().instant()))
                    .isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6));
        }
    }

    @Nested
    class OnTheRealClock {

        @RegisterExtension
        LtxTestExtension ltx = new LtxTestExtension();

        @Test
        void theClientPollsShortAndAwaitsAShortJobToItsEndOnTheRealClock() throws Exception {
            // how fast 50 such flows run is measured in benchmarks (RESULTS.md), not bounded here: a loaded machine
            // would make any bound of ours flaky
            LtxClient client = ltx.client();
            assertThat(ltx.manualClock()).isFalse();
            assertThat(client.options().polling()).isEqualTo(LtxTestExtension.REAL_CLOCK_POLLING);
            UploadedAsset asset = client.upload(image());
            JobId id = client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset.fileId()).build()).jobId();
            long took = realMillisOf(() -> assertThat(client.await(id, AwaitOptions.defaults()).isDone()).isTrue());
            assertThat(took).as("real ms: the job takes its %s on the real clock", LtxTestExtension.JOB_DURATION)
                    .isGreaterThanOrEqualTo(LtxTestExtension.JOB_DURATION.toMillis());
        }
    }
}
