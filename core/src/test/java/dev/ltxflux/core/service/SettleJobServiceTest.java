package dev.ltxflux.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryJobJournal;
import org.junit.jupiter.api.Test;

/** Settling by hand: only an unknown (or intent) record is resolved, to a job no other key holds; abandon ends it. */
class SettleJobServiceTest {

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryJobJournal journal = new InMemoryJobJournal();
    private final SettleJobService settle = new SettleJobService(journal, clock);
    private static final JobId JOB = new JobId("email:u@example.com:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image");

    private JournalRecord unknown(String key) {
        JournalRecord intent = JournalRecord.intent(new IntentKey(key), "edit", null, "ab", clock.instant(), "x", null);
        journal.recordIntent(intent);
        JournalRecord unknown = intent.unknown(clock.instant(), "timeout");
        journal.transition(JobState.INTENT, unknown);
        return unknown;
    }

    @Test
    void resolvingAnUnknownIntentAttachesTheJobAndMakesItPending() {
        unknown("k");

        JournalRecord r = settle.resolve(new IntentKey("k"), JOB);

        assertThat(r.state()).isEqualTo(JobState.PENDING);
        assertThat(journal.find(new IntentKey("k")).orElseThrow().jobId()).contains(JOB);
        assertThat(r.note()).isEqualTo("resolved by hand");
    }

    @Test
    void aPendingRecordCannotBeResolvedAgain() {
        unknown("k");
        settle.resolve(new IntentKey("k"), JOB);

        assertThatThrownBy(() -> settle.resolve(new IntentKey("k"), JOB)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("key").hasMessageContaining("pending");
    }

    @Test
    void aJobJournaledUnderAnotherKeyIsRefused() {
        unknown("a");
        settle.resolve(new IntentKey("a"), JOB);
        unknown("b");

        assertThatThrownBy(() -> settle.resolve(new IntentKey("b"), JOB)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("jobId").hasMessageContaining("intent a");
        assertThat(journal.find(new IntentKey("b")).orElseThrow().state()).isEqualTo(JobState.UNKNOWN);
    }

    @Test
    void anUnknownKeyIsNamedInTheError() {
        assertThatThrownBy(() -> settle.abandon(new IntentKey("ghost"), null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("ghost").hasMessageContaining("not journaled");
    }

    @Test
    void abandoningEndsTheRecordAndASecondAbandonIsRefused() {
        unknown("k");

        assertThat(settle.abandon(new IntentKey("k"), "paid elsewhere").note()).isEqualTo("abandoned by hand: paid elsewhere");
        assertThat(settle.unfinished()).isEmpty();
        assertThatThrownBy(() -> settle.abandon(new IntentKey("k"), null)).hasMessageContaining("abandoned already");
    }
}
