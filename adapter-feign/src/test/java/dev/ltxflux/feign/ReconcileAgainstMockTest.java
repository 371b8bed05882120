package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.journal.file.FileJobJournal;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paid job whose answer was lost is found again through the mock's {@code GET scheduler} by the replyRef its intent
 * key put on the request: attached to its intent, never submitted a second time.
 */
class ReconcileAgainstMockTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    @Test
    void anUnknownIntentIsAttachedToTheRunningJobThatCarriesItsKeyAndNothingIsSentAgain() throws Exception {
        Path journalFile = dir.resolve("jobs.log");
        try (LtxClient client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token())
                .polling(new Backoff(Duration.ofMillis(20), 1.5, Duration.ofMillis(100))).build()) {
            String asset = client.upload(Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48))).fileId().value();
            IntentKey key = IntentKey.random();
            // the crash window: the intent is durable, the submit reached the API, its answer never reached the journal
            JobJournalPort journal = FileJobJournal.open(journalFile);
            journal.recordIntent(JournalRecord.intent(key, "edit", null, "", Instant.now(), "Add a hat", null));
            journal.transition(JobState.INTENT, journal.find(key).orElseThrow().unknown(Instant.now(), "no answer: read timed out"));
            JobId created = client.submit(EditRequest.builder().prompt("Add a hat").referenceAssetId(asset)
                    .replyRef(key.value()).build()).jobId();
            long submitsBefore = submits();

            List<ReconcileJobsUseCase.Reconciliation> done = LtxJobs.over(client, journalFile.toString(), "test").reconcile()
                    .reconcile();

            assertThat(done).singleElement().satisfies(r -> {
                assertThat(r.result()).isEqualTo(ReconcileJobsUseCase.Result.ATTACHED);
                assertThat(r.jobId()).isEqualTo(created);
            });
            JournalRecord after = FileJobJournal.open(journalFile).find(key).orElseThrow();
            assertThat(after.state()).isEqualTo(JobState.PENDING);
            assertThat(after.jobId()).contains(created);
            assertThat(submits()).as("reconciling sends no submit").isEqualTo(submitsBefore);
        }
    }

    private static long submits() {
        return ltx.admin().requests().stream().filter(r -> r.method().equals("POST") && r.url().contains("/images/")).count();
    }
}
