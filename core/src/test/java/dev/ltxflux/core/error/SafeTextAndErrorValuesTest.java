package dev.ltxflux.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.out.JobJournalPort;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which characters are unsafe to print (at each edge of each range), how they are shown, and what the errors carry. */
class SafeTextAndErrorValuesTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x1F, 0x7F, 0x80, 0x9F, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069})
    void controlCharactersAndBidiControlsAreUnsafeUpToEachRangeEdge(int c) {
        assertThat(SafeText.unsafe(c)).isTrue();
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x20, 0x7E, 0xA0, 0x200D, 0x2010, 0x2029, 0x202F, 0x2065, 0x206A, 'é'})
    void charactersJustOutsideEachRangeAreSafe(int c) {
        assertThat(SafeText.unsafe(c)).isFalse();
    }

    @Test
    void lineBreaksTabsAndEscapesAreShownVisibly() {
        assertThat(SafeText.escape("a\nb\rc\td\u001b[31me\u202ef")).isEqualTo("a\\nb\\rc\\td\\u001b[31me\\u202ef");
    }

    @Test
    void safeTextIsReturnedAsItIsAndNullIsEmpty() {
        String safe = "plain é ✓";
        assertThat(SafeText.escape(safe)).isSameAs(safe);
        assertThat(SafeText.escape(null)).isEmpty();
    }

    @Test
    void aClosedClientSaysWhetherAWaitWasCutShort() {
        assertThat(new ClientClosedException(null)).hasMessage("the client is closed");
        assertThat(new ClientClosedException(new JobId("job-1")).getMessage()).contains("closed while waiting")
                .contains("the job goes on");
    }

    @Test
    void aJournalFailureAfterASubmitCarriesTheSubmissionAndTheCause() {
        Submission s = Submission.ticket(new JobId("job-1"), null);
        JournalWriteException e = new JournalWriteException(s, new IllegalStateException("disk full"));
        assertThat(e.submission()).contains(s);
        assertThat(e.jobId()).contains(new JobId("job-1"));
        assertThat(e.getMessage()).contains("(disk full)");
        assertThat(new JournalWriteException(s, new IllegalStateException()).getMessage()).contains("(IllegalStateException)");
        assertThat(new JournalWriteException(s, null).getMessage()).contains("(unknown cause)");
        assertThat(new JournalWriteException("m", null, null).submission()).isEmpty();
    }

    @Test
    void anOutputWriteErrorNamesTheFile() {
        Path file = Path.of("out", "x.png");
        OutputWriteException e = new OutputWriteException(file, "read-only", new JobId("job-1"), null);
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).contains("cannot write " + file + ": read-only");
    }

    @Test
    void theNoJournalKeepsNothing() {
        JobJournalPort none = JobJournalPort.none();
        assertThat(none).isNotNull();
        var intent = dev.ltxflux.core.model.journal.JournalRecord.intent(new dev.ltxflux.core.model.journal.IntentKey("k"),
                "edit", null, "", Instant.EPOCH, "x", null);
        none.recordIntent(intent);
        assertThat(none.find(intent.key())).isEmpty();
        assertThat(none.findByJob(new JobId("job-1"))).isEmpty();
        assertThat(none.unfinished()).isEmpty();
        assertThat(none.recent(5)).isEmpty();
        assertThat(none.transition(dev.ltxflux.core.model.journal.JobState.INTENT,
                intent.attached(new JobId("job-1"), Instant.EPOCH, "x"))).isTrue();
        assertThat(none.claim(intent.key(), "a", Instant.EPOCH, java.time.Duration.ofSeconds(1))).isTrue();
        assertThat(none.claim(intent.key(), "b", Instant.EPOCH, java.time.Duration.ofSeconds(1))).isTrue();
        assertThat(none).hasToString("JobJournalPort.none()");
    }
}
