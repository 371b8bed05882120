package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.job.CanonicalForm;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal's values: keys, the state machine of a paid call, records and the canonical form digested. */
class JournalModelTest {

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");
    private static final JobId JOB = new JobId("email:a@b.c-job:1-type:image");

    private static JournalRecord intent() {
        return JournalRecord.intent(new IntentKey("k"), "edit", "a@b.c", "d1", T, "Add a hat", "/tmp/o.png");
    }

    @Test
    void aKeyIsOneToTenTwentyFourCharactersWithoutControlCharacters() {
        assertThat(new IntentKey("x".repeat(IntentKey.MAX_LENGTH)).value()).hasSize(1024);
        assertThatThrownBy(() -> new IntentKey("x".repeat(1025))).hasMessageContaining("at most 1024 characters (was 1025)");
        assertThatThrownBy(() -> new IntentKey(" ")).hasMessageContaining("'intentKey' must not be blank");
        assertThatThrownBy(() -> new IntentKey(null)).hasMessageContaining("'intentKey' is required");
        assertThatThrownBy(() -> new IntentKey("a\nb")).isInstanceOf(InvalidRequestException.class).hasMessageContaining("control");
        assertThatThrownBy(() -> new IntentKey("a\u202eb")).hasMessageContaining("bidi");
    }

    @Test
    void aGeneratedKeyIsRandomAndSaysSo() {
        IntentKey a = IntentKey.random();
        assertThat(a.value()).matches("ltxflux-[0-9a-f-]{36}");
        assertThat(a.generated()).isTrue();
        assertThat(a).isNotEqualTo(IntentKey.random()).hasToString(a.value());
        assertThat(new IntentKey("order-42").generated()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(JobState.class)
    void everyStateMovesOnlyWhereTheMachineAllows(JobState from) {
        Set<JobState> allowed = switch (from) {
            case INTENT -> EnumSet.of(JobState.PENDING, JobState.UNKNOWN, JobState.ABANDONED);
            case UNKNOWN -> EnumSet.of(JobState.PENDING, JobState.ABANDONED);
            case PENDING -> EnumSet.of(JobState.FINISHED, JobState.ABANDONED);
            default -> EnumSet.noneOf(JobState.class);
        };
        for (JobState to : JobState.values()) {
            assertThat(from.mayMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed.contains(to));
        }
        assertThat(from.unfinished()).isEqualTo(from == JobState.INTENT || from == JobState.UNKNOWN || from == JobState.PENDING);
        assertThat(from.label()).isEqualTo(from.name().toLowerCase());
    }

    @Test
    void eachMoveKeepsTheIntentAndRecordsWhenAndWhy() {
        JournalRecord pending = intent().attached(JOB, T.plusSeconds(1), "answered");
        JournalRecord done = pending.finished(T.plusSeconds(2), "saved");

        assertThat(pending.state()).isEqualTo(JobState.PENDING);
        assertThat(pending.jobId()).contains(JOB);
        assertThat(done.state()).isEqualTo(JobState.FINISHED);
        assertThat(done.updatedAt()).isEqualTo(T.plusSeconds(2));
        assertThat(done.note()).isEqualTo("saved");
        assertThat(done.intendedAt()).isEqualTo(T);
        assertThat(done.key()).isEqualTo(new IntentKey("k"));
        assertThat(done.operation()).isEqualTo("edit");
        assertThat(done.account()).contains("a@b.c");
        assertThat(done.requestDigest()).isEqualTo("d1");
        assertThat(done.output()).contains("/tmp/o.png");
        assertThat(done.label()).isEqualTo("Add a hat");
        assertThat(intent().unknown(T, "timeout").state()).isEqualTo(JobState.UNKNOWN);
        assertThat(intent().abandoned(T, "by hand").state()).isEqualTo(JobState.ABANDONED);
        assertThat(intent().unknown(T, "t").attached(JOB, T, "reconciled").jobId()).contains(JOB);
    }

    @Test
    void aForbiddenMoveIsRefusedNamingBothStates() {
        JournalRecord done = intent().attached(JOB, T, "a").finished(T, "f");
        assertThatThrownBy(() -> done.abandoned(T, "x")).isInstanceOf(IllegalStateException.class)
                .hasMessage("intent k cannot move from finished to abandoned");
        assertThatThrownBy(() -> intent().finished(T, "x")).hasMessageContaining("from intent to finished");
    }

    @Test
    void aPendingOrFinishedRecordNeedsItsJobAndBlanksAreAbsent() {
        assertThatThrownBy(() -> JournalRecord.restore(new IntentKey("k"), "edit", null, null, T, JobState.PENDING, null, T,
                null, null, null)).hasMessageContaining("a pending record needs its job id");
        JournalRecord r = JournalRecord.restore(new IntentKey("k"), "edit", " ", null, T, JobState.UNKNOWN, null, T, null, "", null);
        assertThat(r.account()).isEmpty();
        assertThat(r.output()).isEmpty();
        assertThat(r.label()).isEmpty();
        assertThat(r.note()).isEmpty();
        assertThat(r.requestDigest()).isEmpty();
        assertThatThrownBy(() -> JournalRecord.intent(new IntentKey("k"), " ", null, "", T, "", null))
                .hasMessageContaining("operation must not be blank");
    }

    @Test
    void recordsAreEqualByEveryFieldAndShowNoSecretsButTheirState() {
        assertThat(intent()).isEqualTo(intent()).hasSameHashCodeAs(intent());
        assertThat(intent()).isNotEqualTo(intent().unknown(T, "x"));
        assertThat(intent()).isNotEqualTo(JournalRecord.intent(new IntentKey("k"), "edit", "a@b.c", "d1", T, "other", "/tmp/o.png"));
        assertThat(intent().attached(JOB, T, "answered").toString()).contains("k", "edit", "pending", JOB.value(), "answered");
    }

    @ParameterizedTest
    @ValueSource(ints = {59, 60, 61, 200})
    void theLabelKeepsSixtyCharacters(int length) {
        String label = JournalRecord.intent(new IntentKey("k"), "edit", null, "", T, "a".repeat(length), null).label();
        assertThat(label).isEqualTo(length <= 60 ? "a".repeat(length) : "a".repeat(60) + "…");
    }

    @Test
    void theCanonicalFormIsOneEscapedLinePerSetParameter() {
        String form = CanonicalForm.of("edit").add("prompt", "a\nb\\c\rd").add("seed", 5L).add("absent", null).toString();
        assertThat(form).isEqualTo("operation=edit\nprompt=a\\nb\\\\c\\rd\nseed=5\n");
    }
}
