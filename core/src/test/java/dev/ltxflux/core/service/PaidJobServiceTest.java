package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ltxflux.core.error.ApiErrors;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.IntentExistsException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.error.SubmitUnknownException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.model.journal.PaidSubmission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.InMemoryJobJournal;
import dev.ltxflux.core.testing.Jobs;
import dev.ltxflux.core.testing.Services;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one paid-job path: intent before the call, the call sent once, every ending journaled, nothing ever re-sent. */
class PaidJobServiceTest {

    @TempDir
    Path dir;

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private final List<EditRequest> sent = new ArrayList<>();
    private PaidJobService paid;
    private AwaitJobService awaiter;

    @BeforeEach
    void setUp() {
        AwaitJobService awaiter = new AwaitJobService(api, clock, clock.delays(), Runnable::run, Backoff.DEFAULT_POLLING);
        this.awaiter = awaiter;
        paid = Services.paid(api, awaiter, clock);
    }


    private static EditRequest edit(String replyRef) {
        return EditRequest.builder().prompt("Add a hat").referenceAssetId("asset:1").replyRef(replyRef).build();
    }

    private Function<EditRequest, Submission> answering(Submission submission) {
        return r -> {
            sent.add(r);
            return submission;
        };
    }

    private Function<EditRequest, Submission> failingWith(Throwable failure) {
        return r -> {
            sent.add(r);
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) failure;
        };
    }

    private JournalRecord only() {
        assertThat(api.records()).hasSize(1);
        return api.records().get(0);
    }

    @Test
    void withoutAReplyRefTheKeyIsSentAsTheReplyRefAndTheJobJournaledPending() {
        PaidSubmission s = paid.submit(edit(null), answering(Submission.ticket(Jobs.ID, "gen")), dir.resolve("o.png"));

        assertThat(sent).singleElement().satisfies(r -> assertThat(r.replyRef()).contains("key-1"));
        assertThat(s.key()).isEqualTo(new IntentKey("key-1"));
        assertThat(only().state()).isEqualTo(JobState.PENDING);
        assertThat(only().jobId()).contains(Jobs.ID);
        assertThat(only().operation()).isEqualTo("edit");
        assertThat(api.calls()).containsExactly("intent key-1", "pending key-1 " + Jobs.ID);
    }

    @Test
    void theCallersReplyRefIsKeptAndIsTheKey() {
        paid.submit(edit("order-42"), answering(Submission.ticket(Jobs.ID, "gen")), null);

        assertThat(sent).singleElement().satisfies(r -> assertThat(r.replyRef()).contains("order-42"));
        assertThat(only().key()).isEqualTo(new IntentKey("order-42"));
        assertThat(only().output()).isEmpty();
    }

    @Test
    void aReplyRefAlreadyJournaledIsRefusedBeforeAnythingIsSent() {
        paid.submit(edit("order-42"), answering(Submission.ticket(Jobs.ID, "gen")), null);

        assertThatThrownBy(() -> paid.submit(edit("order-42"), answering(Submission.ticket(Jobs.ID, "gen")), null))
                .isInstanceOfSatisfying(IntentExistsException.class, e -> {
                    assertThat(e.existingState()).isEqualTo("pending");
                    assertThat(e.jobId()).contains(Jobs.ID);
                    assertThat(e.getMessage()).contains("order-42").contains("pending").contains("not sent");
                });
        assertThat(sent).hasSize(1);
    }

    @Test
    void anIntentThatCannotBeJournaledIsNeverSent() {
        InMemoryJobJournal broken = new InMemoryJobJournal() {
            @Override
            public synchronized void recordIntent(JournalRecord intent) {
                throw new IllegalStateException("disk full");
            }
        };
        PaidJobService service = Services.paid(api, broken, awaiter, clock, ClientEventsPort.NONE);

        assertThatThrownBy(() -> service.submit(edit(null), answering(Submission.ticket(Jobs.ID, "gen")), null))
                .isInstanceOf(JournalWriteException.class).hasMessageContaining("not sent").hasMessageContaining("disk full");
        assertThat(sent).isEmpty();
    }

    @ParameterizedTest(name = "HTTP {0} is a refusal: abandoned, raised as it is")
    @ValueSource(ints = {400, 401, 402, 404, 429, 596})
    void aRefusalOfTheApiIsJournaledAbandoned(int status) {
        RuntimeException refusal = ApiErrors.forStatus(new ApiErrorDetails(status, "no", "", null, null));

        Throwable thrown = catchThrowable(() -> paid.submit(edit(null), failingWith(refusal), null));

        assertThat(thrown).isSameAs(refusal);
        assertThat(only().state()).isEqualTo(JobState.ABANDONED);
        assertThat(only().note()).startsWith("refused: ").contains("HTTP " + status);
        assertThat(sent).hasSize(1);
    }

    @Test
    void aConnectionThatNeverOpenedAndAClientSideRefusalAreAbandoned() {
        assertThat(catchThrowable(() -> paid.submit(edit("a"), failingWith(new TransportException("refused", false, null, null)), null)))
                .isInstanceOf(TransportException.class);
        assertThat(catchThrowable(() -> paid.submit(edit("b"), failingWith(new InvalidRequestException("email", "bad")), null)))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(api.records()).extracting(JournalRecord::state).containsExactly(JobState.ABANDONED, JobState.ABANDONED);
    }

    @ParameterizedTest(name = "{0}: unknown, never re-sent")
    @ValueSource(strings = {"timeout", "500", "unexpected-200", "bug"})
    void anEndWithoutAnAnswerIsJournaledUnknownAndRaisedWithItsKey(String kind) {
        RuntimeException failure = switch (kind) {
            case "timeout" -> new TransportException("read timed out", true, null, null);
            case "500" -> ApiErrors.forStatus(new ApiErrorDetails(500, "boom", "", null, null));
            case "unexpected-200" -> ApiErrors.forStatus(new ApiErrorDetails(302, "moved", "", null, null));
            default -> new IllegalStateException("a bug in a port");
        };

        Throwable thrown = catchThrowable(() -> paid.submit(edit(null), failingWith(failure), null));

        assertThat(thrown).isInstanceOfSatisfying(SubmitUnknownException.class, e -> {
            assertThat(e.intentKey()).isEqualTo("key-1");
            assertThat(e.getCause()).isSameAs(failure);
            assertThat(e.getMessage()).contains("key-1").contains("will not be re-sent");
        });
        assertThat(only().state()).isEqualTo(JobState.UNKNOWN);
        assertThat(only().note()).startsWith("no answer: ");
        assertThat(sent).hasSize(1);
    }

    @Test
    void anErrorOfTheVmIsJournaledUnknownAndRethrownAsItIs() {
        StackOverflowError error = new StackOverflowError("deep");

        assertThat(catchThrowable(() -> paid.submit(edit(null), failingWith(error), null))).isSameAs(error);
        assertThat(only().state()).isEqualTo(JobState.UNKNOWN);
    }

    @Test
    void aJournalThatFailsAfterTheAnswerRaisesTheSubmission() {
        InMemoryJobJournal failsLater = new InMemoryJobJournal() {
            @Override
            public synchronized boolean transition(JobState expected, JournalRecord next) {
                throw new IllegalStateException("read-only");
            }
        };
        PaidJobService service = Services.paid(api, failsLater, awaiter, clock, ClientEventsPort.NONE);

        assertThatThrownBy(() -> service.submit(edit(null), answering(Submission.ticket(Jobs.ID, "gen")), null))
                .isInstanceOfSatisfying(JournalWriteException.class,
                        e -> assertThat(e.submission()).map(Submission::jobId).contains(Jobs.ID));
        assertThat(sent).hasSize(1);
    }

    @Test
    void theDigestTellsARepeatedRequestFromADifferentOne() {
        paid.submit(edit("a"), answering(Submission.ticket(Jobs.ID, "g")), null);
        paid.submit(EditRequest.builder().prompt("Add a hat").referenceAssetId("asset:1").replyRef("b").build(),
                answering(Submission.ticket(Jobs.ID, "g")), null);
        paid.submit(EditRequest.builder().prompt("Add a cap").referenceAssetId("asset:1").replyRef("c").build(),
                answering(Submission.ticket(Jobs.ID, "g")), null);

        List<String> digests = api.records().stream().map(JournalRecord::requestDigest).toList();
        assertThat(digests).allSatisfy(d -> assertThat(d).hasSize(64).matches("[0-9a-f]+"));
        assertThat(digests.get(2)).isNotEqualTo(digests.get(0));
        assertThat(Digests.sha256(edit("a").canonicalForm())).isEqualTo(digests.get(0));
    }

    @Test
    void aFinishedJournalWriteThatFailsStillReturnsTheSavedImage() {
        InMemoryJobJournal failsOnFinish = new InMemoryJobJournal() {
            @Override
            public synchronized boolean transition(JobState expected, JournalRecord next) {
                if (next.state() == JobState.FINISHED) {
                    throw new IllegalStateException("read-only");
                }
                return super.transition(expected, next);
            }
        };
        PaidJobService service = Services.paid(api, failsOnFinish, awaiter, clock, ClientEventsPort.NONE);
        PaidSubmission s = service.submit(edit(null), answering(Submission.finished(Jobs.completed())), null);

        var outcome = service.complete(s, AwaitOptions.defaults(), dir.resolve("o.png"));

        assertThat(outcome.file()).exists();
        assertThat(failsOnFinish.find(s.key()).orElseThrow().state()).isEqualTo(JobState.PENDING);
    }
}
