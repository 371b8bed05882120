package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.testing.InMemoryJobJournal;
import dev.ltxflux.core.testing.Services;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A wait's future completes whatever is thrown, and closing ends every pending wait; a journal failure keeps the id. */
class WaitsAlwaysEndTest {

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(4));

    private static Throwable failureOf(CompletableFuture<Job> wait) throws Exception {
        assertThat(wait).isDone();
        try {
            wait.get(1, TimeUnit.SECONDS);
            throw new AssertionError("the wait succeeded");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    @Test
    void anErrorThrownByTheReaderCompletesTheFuture() throws Exception {
        api.reads(() -> {
            throw new OutOfMemoryError("endless status body");
        });
        AwaitJobService service = new AwaitJobService(api, clock, clock.delays(), Runnable::run, backoff);
        assertThat(failureOf(service.awaitAsync(Jobs.ID, AwaitOptions.defaults()))).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void anErrorThrownByTheListenerCompletesTheFuture() throws Exception {
        api.reads(() -> Jobs.active(1));
        AwaitJobService service = new AwaitJobService(api, clock, clock.delays(), Runnable::run, backoff);
        CompletableFuture<Job> wait = service.awaitAsync(Jobs.ID, AwaitOptions.defaults().withListener(j -> {
            throw new StackOverflowError("listener");
        }));
        assertThat(failureOf(wait)).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aSchedulerThatThrowsCompletesTheFuture() throws Exception {
        api.reads(() -> Jobs.active(1));
        AwaitJobService service = new AwaitJobService(api, clock, d -> {
            throw new IllegalStateException("timer pool gone");
        }, Runnable::run, backoff);
        assertThat(failureOf(service.awaitAsync(Jobs.ID, AwaitOptions.defaults()))).hasMessageContaining("timer pool gone");
    }

    @Test
    void aRejectingExecutorCompletesTheFuture() throws Exception {
        AwaitJobService service = new AwaitJobService(api, clock, clock.delays(), r -> {
            throw new RejectedExecutionException("shut down");
        }, backoff);
        assertThat(failureOf(service.awaitAsync(Jobs.ID, AwaitOptions.defaults()))).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void closeEndsEveryPendingWaitAndRefusesNewOnes() throws Exception {
        api.reads(() -> Jobs.active(1));
        AwaitJobService service = new AwaitJobService(api, clock, d -> new CompletableFuture<>(), Runnable::run, backoff);
        CompletableFuture<Job> first = service.awaitAsync(Jobs.ID, AwaitOptions.defaults());
        CompletableFuture<Job> second = service.awaitAsync(Jobs.ID, AwaitOptions.defaults());
        assertThat(first).isNotDone();
        service.close();
        assertThat(failureOf(first)).isInstanceOf(ClientClosedException.class);
        assertThat(failureOf(second)).isInstanceOf(ClientClosedException.class);
        assertThat(failureOf(service.awaitAsync(Jobs.ID, AwaitOptions.defaults()))).isInstanceOf(ClientClosedException.class);
    }

    @Test
    void aJournalFailureAfterTheSubmitCarriesTheSubmission() {
        InMemoryJobJournal failing = new InMemoryJobJournal() {
            @Override
            public synchronized boolean transition(JobState expected, JournalRecord next) {
                throw new IllegalStateException("read-only file system");
            }
        };
        AwaitJobService awaiter = new AwaitJobService(api, clock, clock.delays(), Runnable::run, backoff);
        EditImageService service = new EditImageService(api, api,
                Services.paid(api, failing, awaiter, clock, dev.ltxflux.core.port.out.ClientEventsPort.NONE));
        assertThatThrownBy(() -> service.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()))
                .isInstanceOfSatisfying(JournalWriteException.class, e -> {
                    assertThat(e.submission()).map(Submission::jobId).contains(Jobs.ID);
                    assertThat(e.jobId()).contains(Jobs.ID);
                    assertThat(e.getMessage()).contains(Jobs.ID.value()).contains("read-only file system");
                });
    }

    @Test
    void safeTextEscapesEveryControlAndBidiCharacter() {
        assertThat(SafeText.escape("a\u001b[31mb\nc\td\r\u0007\u009b\u202e\u2066ok é 日本"))
                .isEqualTo("a\\u001b[31mb\\nc\\td\\r\\u0007\\u009b\\u202e\\u2066ok é 日本");
        assertThat(SafeText.escape(null)).isEmpty();
    }
}
