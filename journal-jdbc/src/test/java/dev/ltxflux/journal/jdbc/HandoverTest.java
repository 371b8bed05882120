package dev.ltxflux.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two executions of one wait (db-scheduler revived it while its first replica was only slow) reach the handover at
 * once: the second waits on the journal row and then does nothing; a first that fails leaves the delivery to the second.
 */
class HandoverTest {

    private DataSource ds;
    private JdbcJobJournal journal;
    private JournalRecord pending;

    @BeforeEach
    void setUp() {
        ds = Postgres.dataSource(Postgres.freshDatabase());
        journal = JdbcJobJournal.create(ds);
        Instant now = Instant.parse("2026-12-02T00:00:00Z");
        JournalRecord intent = JournalRecord.intent(new IntentKey("k-1"), "edit", null, "ab", now, "x", null);
        journal.recordIntent(intent);
        pending = intent.attached(new JobId("email:u@example.com:00000001-0000-0000-0000-000000000000-type:image"), now, "answered");
        journal.transition(JobState.INTENT, pending);
    }

    @Test
    void aSecondExecutionOfTheSameWaitBlocksOnTheRowAndHandsNothingOver() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> Handover.once(ds, pending, () -> {
            delivered.incrementAndGet();
            firstInside.countDown();
            await(releaseFirst);
            return pending.finished(Instant.now(), "first");
        }));
        assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> Handover.once(ds, pending, () -> {
            delivered.incrementAndGet();
            return pending.finished(Instant.now(), "second");
        }));
        assertThat(second).as("the second waits for the first's row lock").isNotDone();
        assertThat(journal.find(pending.key()).orElseThrow().state()).as("readers are not blocked").isEqualTo(JobState.PENDING);

        releaseFirst.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(delivered).hasValue(1);
        assertThat(journal.find(pending.key()).orElseThrow().note()).isEqualTo("first");
    }

    @Test
    void aFirstExecutionThatFailsRollsBackAndTheNextDelivers() {
        assertThatThrownBy(() -> Handover.once(ds, pending, () -> {
            throw new IllegalStateException("the handler broke");
        })).hasMessage("the handler broke");
        assertThat(journal.find(pending.key()).orElseThrow().state()).isEqualTo(JobState.PENDING);

        assertThat(Handover.once(ds, pending, () -> pending.finished(Instant.now(), "retried"))).isTrue();
        assertThat(journal.find(pending.key()).orElseThrow().state()).isEqualTo(JobState.FINISHED);
        assertThat(Handover.once(ds, pending, () -> {
            throw new AssertionError("a finished record is never handed over again");
        })).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
