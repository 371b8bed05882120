package dev.ltxflux.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The specification of {@link JobJournalPort}: every journal (in memory, file, database) passes it. A journal's test
 * class extends this and says how to open the journal under test and how to open it again (as a restarted process
 * would), nothing else.
 */
public abstract class JobJournalContract {

    protected static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    protected JobJournalPort journal;

    /** A new, empty journal. */
    protected abstract JobJournalPort open() throws Exception;

    /** The same journal as a second process (or a restarted one) sees it. */
    protected abstract JobJournalPort reopen() throws Exception;

    @BeforeEach
    void openJournal() throws Exception {
        journal = open();
    }

    protected static JournalRecord intent(String key, Instant at) {
        return JournalRecord.intent(new IntentKey(key), "edit", "user@example.com", "ab12", at, "Add a hat", "/tmp/out.png");
    }

    protected static JobId job(String uuid) {
        return new JobId("email:user@example.com-job:" + uuid + "-type:image");
    }

    @Test
    void anIntentIsFoundByItsKeyWithEveryField() throws Exception {
        JournalRecord intent = intent("k-1", T0);
        journal.recordIntent(intent);

        assertThat(journal.find(new IntentKey("k-1"))).contains(intent);
        assertThat(reopen().find(new IntentKey("k-1"))).contains(intent);
        assertThat(journal.find(new IntentKey("k-2"))).isEmpty();
    }

    @Test
    void aSecondIntentWithTheSameKeyIsRefusedAndTheFirstKept() {
        JournalRecord first = intent("k-1", T0);
        journal.recordIntent(first);

        assertThatThrownBy(() -> journal.recordIntent(intent("k-1", T0.plusSeconds(5))))
                .isInstanceOfSatisfying(IntentExistsException.class, e -> {
                    assertThat(e.intentKey()).isEqualTo("k-1");
                    assertThat(e.existingState()).isEqualTo("intent");
                });
        assertThat(journal.find(new IntentKey("k-1"))).contains(first);
    }

    @Test
    void attachingAJobMakesItPendingAndFindableByItsJobId() throws Exception {
        JournalRecord intent = intent("k-1", T0);
        journal.recordIntent(intent);
        JournalRecord pending = intent.attached(job("1"), T0.plusSeconds(1), "answered");

        assertThat(journal.transition(JobState.INTENT, pending)).isTrue();

        assertThat(journal.find(new IntentKey("k-1"))).contains(pending);
        assertThat(journal.findByJob(job("1"))).contains(pending);
        assertThat(reopen().findByJob(job("1"))).contains(pending);
        assertThat(journal.findByJob(job("2"))).isEmpty();
    }

    @Test
    void aTransitionFromAStateTheRecordNoLongerHasChangesNothing() {
        JournalRecord intent = intent("k-1", T0);
        journal.recordIntent(intent);
        JournalRecord pending = intent.attached(job("1"), T0.plusSeconds(1), "answered");
        journal.transition(JobState.INTENT, pending);

        assertThat(journal.transition(JobState.INTENT, intent.unknown(T0.plusSeconds(2), "late"))).isFalse();
        assertThat(journal.find(new IntentKey("k-1"))).contains(pending);
    }

    @Test
    void aTransitionOfAKeyNeverJournaledIsRefused() {
        assertThat(journal.transition(JobState.INTENT, intent("ghost", T0).unknown(T0, "x"))).isFalse();
        assertThat(journal.find(new IntentKey("ghost"))).isEmpty();
    }

    @Test
    void unfinishedHoldsIntentUnknownAndPendingOldestFirst() throws Exception {
        JournalRecord pending = intent("c-pending", T0.plusSeconds(3));
        JournalRecord unknown = intent("b-unknown", T0.plusSeconds(2));
        JournalRecord open = intent("a-intent", T0.plusSeconds(4));
        JournalRecord finished = intent("d-finished", T0.plusSeconds(1));
        JournalRecord abandoned = intent("e-abandoned", T0);
        for (JournalRecord r : List.of(pending, unknown, open, finished, abandoned)) {
            journal.recordIntent(r);
        }
        journal.transition(JobState.INTENT, pending.attached(job("p"), T0.plusSeconds(9), "answered"));
        journal.transition(JobState.INTENT, unknown.unknown(T0.plusSeconds(9), "timeout"));
        JournalRecord f = finished.attached(job("f"), T0.plusSeconds(9), "answered");
        journal.transition(JobState.INTENT, f);
        journal.transition(JobState.PENDING, f.finished(T0.plusSeconds(10), "saved"));
        journal.transition(JobState.INTENT, abandoned.abandoned(T0.plusSeconds(9), "by hand"));

        for (JobJournalPort view : List.of(journal, reopen())) {
            assertThat(view.unfinished()).extracting(r -> r.key().value())
                    .containsExactly("b-unknown", "c-pending", "a-intent");
            assertThat(view.unfinished()).extracting(JournalRecord::state)
                    .containsExactly(JobState.UNKNOWN, JobState.PENDING, JobState.INTENT);
        }
    }

    @Test
    void recentIsNewestFirstAndLimited() {
        for (int i = 0; i < 5; i++) {
            journal.recordIntent(intent("k-" + i, T0.plusSeconds(i)));
        }
        assertThat(journal.recent(3)).extracting(r -> r.key().value()).containsExactly("k-4", "k-3", "k-2");
        assertThat(journal.recent(10)).hasSize(5);
        assertThat(journal.recent(0)).isEmpty();
    }

    @Test
    void allListsEveryRecentRecordNewestFirstAndLimited() throws Exception {
        for (int i = 0; i < 5; i++) {
            journal.recordIntent(intent("a-" + i, T0.plusSeconds(10 - 2L * i))); // recorded newest first
        }
        JournalRecord settled = intent("a-9", T0.plusSeconds(1));
        journal.recordIntent(settled);
        journal.transition(JobState.INTENT, settled.attached(job("00000000-0000-0000-0000-0000000000a9"), T0.plusSeconds(2), "answered"));

        for (JobJournalPort view : List.of(journal, reopen())) {
            List<JournalRecord> all = view.all(100);
            assertThat(all).containsAll(view.recent(100)).hasSameSizeAs(view.recent(100));
            assertThat(all).extracting(r -> r.key().value()).containsExactly("a-0", "a-1", "a-2", "a-3", "a-4", "a-9");
            assertThat(all.stream().filter(r -> r.key().value().equals("a-9")).findFirst().orElseThrow().state())
                    .isEqualTo(JobState.PENDING);
            assertThat(view.all(2)).extracting(r -> r.key().value()).containsExactly("a-0", "a-1");
            assertThat(view.all(0)).isEmpty();
            assertThat(view.all(-1)).isEmpty();
        }
    }

    @Test
    void hostileTextRoundTripsExactly() throws Exception {
        String label = "tab\there, line\nbreak, cr\r, percent %41 %, escape \u001b[31m, bidi \u202e, emoji \uD83C\uDF05";
        JournalRecord intent = JournalRecord.intent(new IntentKey("key with spaces, % and ünïcode"), "create", null, "",
                T0, label, "/tmp/a\tb\nc.png");
        journal.recordIntent(intent);
        JournalRecord unknown = intent.unknown(T0.plusMillis(1), "no answer:\n\t\"cut\" %0A");
        journal.transition(JobState.INTENT, unknown);

        assertThat(reopen().find(intent.key())).contains(unknown);
        assertThat(reopen().find(intent.key()).orElseThrow().account()).isEmpty();
    }

    @Test
    void everyStateSurvivesAReopen() throws Exception {
        JournalRecord a = intent("a", T0);
        journal.recordIntent(a);
        JournalRecord pending = a.attached(job("a"), T0.plusSeconds(1), "answered");
        journal.transition(JobState.INTENT, pending);
        JournalRecord done = pending.finished(T0.plusSeconds(2), "saved /tmp/out.png");
        journal.transition(JobState.PENDING, done);

        JobJournalPort again = reopen();
        assertThat(again.find(a.key())).contains(done);
        assertThat(again.unfinished()).isEmpty();
        assertThat(again.transition(JobState.PENDING, pending.abandoned(T0, "late"))).isFalse();
    }

    @Test
    void aClaimKeepsOtherOwnersOutUntilItsLeaseEnds() throws Exception {
        IntentKey key = new IntentKey("k-1");
        Duration lease = Duration.ofSeconds(30);

        assertThat(journal.claim(key, "replica-a", T0, lease)).isTrue();
        assertThat(journal.claim(key, "replica-b", T0.plusSeconds(29), lease)).isFalse();
        assertThat(reopen().claim(key, "replica-b", T0.plusSeconds(29), lease)).isFalse();
        assertThat(journal.claim(key, "replica-b", T0.plusSeconds(30), lease)).isTrue();
        assertThat(journal.claim(key, "replica-a", T0.plusSeconds(31), lease)).isFalse();
    }

    @Test
    void anOwnerRenewsItsClaimAndReleasesIt() {
        IntentKey key = new IntentKey("k-1");
        Duration lease = Duration.ofSeconds(30);
        journal.claim(key, "replica-a", T0, lease);

        assertThat(journal.claim(key, "replica-a", T0.plusSeconds(20), lease)).isTrue();
        assertThat(journal.claim(key, "replica-b", T0.plusSeconds(40), lease)).as("renewed until 50 s").isFalse();
        journal.release(key, "replica-b");
        assertThat(journal.claim(key, "replica-b", T0.plusSeconds(41), lease)).as("only the owner releases").isFalse();
        journal.release(key, "replica-a");
        assertThat(journal.claim(key, "replica-b", T0.plusSeconds(41), lease)).isTrue();
    }

    @Test
    void racingTransitionsFromOneStateHaveExactlyOneWinner() throws Exception {
        JournalRecord intent = intent("k-race", T0);
        journal.recordIntent(intent);
        List<Boolean> results = race(8, i -> journal.transition(JobState.INTENT,
                intent.attached(job("r" + i), T0.plusSeconds(1), "answered by " + i)));

        assertThat(results).containsOnlyOnce(true);
        assertThat(journal.find(intent.key()).orElseThrow().state()).isEqualTo(JobState.PENDING);
    }

    @Test
    void racingIntentsWithOneKeyHaveExactlyOneWinner() throws Exception {
        List<Boolean> results = race(8, i -> {
            try {
                journal.recordIntent(intent("k-same", T0.plusSeconds(i)));
                return true;
            } catch (IntentExistsException refused) {
                return false;
            }
        });

        assertThat(results).containsOnlyOnce(true);
    }

    /** Runs {@code n} calls at once (released together) and returns their results. */
    protected static List<Boolean> race(int n, java.util.function.IntFunction<Boolean> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Boolean> task = () -> {
                    go.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            go.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                results.add(f.get(20, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
