package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase;
import dev.ltxflux.core.port.in.ResumeJobsUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.journal.file.FileJobJournal;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LtxJobs}, the journal's use cases over a client, against the real mock: resume waits for a journaled job and
 * saves it, reconcile finds a finished job through {@code GET assets/}, a client given no scheduler or assets leaves
 * every unknown intent unknown and says how to settle it, and settling by hand needs no client. None sends a paid call.
 */
class LtxJobsAgainstMockTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    private LtxClient client;
    private Path journalFile;

    @BeforeEach
    void setUp() {
        client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token())
                .polling(new Backoff(Duration.ofMillis(20), 1.5, Duration.ofMillis(100))).build();
        journalFile = dir.resolve("jobs.log");
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private JobId submit(String replyRef) throws Exception {
        String asset = client.upload(Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48))).fileId().value();
        return client.submit(EditRequest.builder().prompt("Add a hat").referenceAssetId(asset).replyRef(replyRef).build()).jobId();
    }

    private static long paidCalls() {
        return ltx.admin().requests().stream().filter(r -> r.method().equals("POST") && r.url().contains("/images/")).count();
    }

    private static JournalRecord unknownIntent(JobJournalPort journal, IntentKey key) {
        journal.recordIntent(JournalRecord.intent(key, "edit", null, "", Instant.now(), "Add a hat", null));
        JournalRecord unknown = journal.find(key).orElseThrow().unknown(Instant.now(), "no answer: read timed out");
        journal.transition(JobState.INTENT, unknown);
        return unknown;
    }

    @Test
    void resumeWaitsForAJournaledPendingJobSavesItsImageAndFinishesTheRecord() throws Exception {
        JobId job = submit(null);
        Path output = dir.resolve("out.png");
        IntentKey key = IntentKey.random();
        JobJournalPort journal = FileJobJournal.open(journalFile);
        journal.recordIntent(JournalRecord.intent(key, "edit", null, "", Instant.now(), "Add a hat", output.toString()));
        journal.transition(JobState.INTENT, journal.find(key).orElseThrow().attached(job, Instant.now(), "submitted"));
        long paidBefore = paidCalls();

        List<ResumeJobsUseCase.Resumed> resumed = LtxJobs.over(client, journalFile.toString(), "test").resume()
                .resume(AwaitOptions.timeout(Duration.ofSeconds(20)), null);

        assertThat(resumed).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(ResumeJobsUseCase.Result.SAVED);
            assertThat(r.jobId()).isEqualTo(job);
            assertThat(r.saved()).contains(output);
        });
        assertThat(Files.readAllBytes(output)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(FileJobJournal.open(journalFile).find(key).orElseThrow().state()).isEqualTo(JobState.FINISHED);
        assertThat(paidCalls()).as("resuming sends no paid call").isEqualTo(paidBefore);
    }

    @Test
    void reconcileFindsAJobThatAlreadyFinishedThroughTheAssetListByItsReplyRef() throws Exception {
        IntentKey key = IntentKey.random();
        unknownIntent(FileJobJournal.open(journalFile), key);
        JobId created = submit(key.value());
        client.await(created, AwaitOptions.timeout(Duration.ofSeconds(20)));
        assertThat(client.scheduler().running()).as("no longer running: only the assets can tell").isEmpty();
        long paidBefore = paidCalls();

        List<ReconcileJobsUseCase.Reconciliation> done = LtxJobs.over(client, journalFile.toString(), "test").reconcile()
                .reconcile();

        assertThat(done).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(ReconcileJobsUseCase.Result.ATTACHED);
            assertThat(r.jobId()).isEqualTo(created);
            assertThat(r.message()).contains("GET assets");
        });
        assertThat(paidCalls()).isEqualTo(paidBefore);
    }

    @Test
    void withoutSchedulerOrAssetsOnlyTheUnknownIntentsAreReportedStillUnknownWithTheCommandThatSettlesThem() {
        JobJournalPort journal = FileJobJournal.open(journalFile);
        IntentKey unknown = IntentKey.random();
        unknownIntent(journal, unknown);
        journal.recordIntent(JournalRecord.intent(IntentKey.random(), "edit", null, "", Instant.now(), "fresh", null));

        List<ReconcileJobsUseCase.Reconciliation> done = LtxJobs.over(client, journal, null, null, Clock.systemUTC(), "test")
                .reconcile().reconcile();

        assertThat(done).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(unknown);
            assertThat(r.result()).isEqualTo(ReconcileJobsUseCase.Result.STILL_UNKNOWN);
            assertThat(r.candidates()).isEmpty();
            assertThat(r.message()).contains("cannot list running jobs or assets")
                    .contains("ltxflux jobs resolve " + unknown + " <jobId>").contains("--abandon");
        });
        assertThat(journal.find(unknown).orElseThrow().state()).isEqualTo(JobState.UNKNOWN);
        assertThat(ltx.admin().requests()).as("nothing sent").isEmpty();
    }

    @Test
    void settlingByHandNeedsNoClientAndAttachesTheJobToTheIntent() {
        IntentKey key = IntentKey.random();
        unknownIntent(FileJobJournal.open(journalFile), key);
        JobId job = new JobId(WireMockSupport.JOB_ID);

        JournalRecord settled = LtxJobs.settle(journalFile.toString()).resolve(key, job);

        assertThat(settled.state()).isEqualTo(JobState.PENDING);
        assertThat(settled.jobId()).contains(job);
        assertThat(LtxJobs.settle(journalFile.toString()).unfinished()).extracting(JournalRecord::key).containsExactly(key);
        assertThat(LtxJobs.over(client, journalFile.toString(), "test").settle().recent(5)).extracting(JournalRecord::state)
                .containsExactly(JobState.PENDING);
    }
}
