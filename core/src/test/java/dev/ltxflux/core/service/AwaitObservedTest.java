package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ltxflux.core.error.ApiErrors;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnauthorizedException;
import dev.ltxflux.core.error.WaitTimedOutException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** What an await tells the observer: how it ended, which job finished, which reads it retried. No real time passes. */
class AwaitObservedTest {

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(30));
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final ClientEventsPort events = new ClientEventsPort() {
        @Override
        public AwaitObservation awaitStarted(JobId id) {
            heard.add("started " + (id.equals(Jobs.ID) ? "job" : id.value()));
            return outcome -> heard.add("ended " + outcome);
        }

        @Override
        public void jobFinished(Job job) {
            heard.add("finished " + job.status().wire());
        }

        @Override
        public void retrying(String operation, int attempt, Duration delay) {
            heard.add("retrying " + operation + " " + attempt + " " + delay.toSeconds());
        }
    };

    private AwaitJobService service(Delays delays, Executor executor) {
        return new AwaitJobService(api, clock, delays, executor, backoff, events);
    }

    private AwaitJobService service() {
        return service(clock.delays(), Runnable::run);
    }

    @Test
    void aCompletedJobIsReportedFinishedAndTheAwaitCompleted() {
        api.reads(() -> Jobs.active(10), Jobs::completed);
        service().await(Jobs.ID, AwaitOptions.defaults());
        assertThat(heard).containsExactly("started job", "finished completed", "ended completed");
    }

    @Test
    void aFailedJobIsReportedFinishedAndTheAwaitFailed() {
        api.reads(() -> Jobs.failed("policy"));
        assertThat(catchThrowable(() -> service().await(Jobs.ID, AwaitOptions.defaults()))).isInstanceOf(JobFailedException.class);
        assertThat(heard).containsExactly("started job", "finished failed", "ended failed");
    }

    @Test
    void aWaitPastItsDeadlineEndsTimedOut() {
        api.reads(() -> Jobs.active(10));
        assertThat(catchThrowable(() -> service().await(Jobs.ID, AwaitOptions.timeout(Duration.ofSeconds(4)))))
                .isInstanceOf(WaitTimedOutException.class);
        assertThat(heard).first().isEqualTo("started job");
        assertThat(heard).last().isEqualTo("ended timed_out");
        assertThat(heard).noneMatch(h -> h.startsWith("finished"));
    }

    @Test
    void aNonTransientReadErrorEndsTheAwaitAsAnErrorWithoutRetrying() {
        api.reads(() -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(401, "no", "", null, Jobs.ID));
        });
        assertThat(catchThrowable(() -> service().await(Jobs.ID, AwaitOptions.defaults()))).isInstanceOf(UnauthorizedException.class);
        assertThat(heard).containsExactly("started job", "ended error");
    }

    @Test
    void eachTransientReadErrorIsReportedAsARetryNumberedByConsecutiveErrors() {
        api.reads(() -> {
            throw new TransportException("reset", true, Jobs.ID, null);
        }, () -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(503, "busy", "", null, Jobs.ID));
        }, Jobs::completed);
        service().await(Jobs.ID, AwaitOptions.defaults());
        assertThat(heard).containsExactly("started job", "retrying status 1 1", "retrying status 2 2", "finished completed",
                "ended completed");
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsWaitedAndReported() {
        api.reads(() -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(429, "slow", "", Duration.ofSeconds(7), Jobs.ID));
        }, Jobs::completed);
        service().await(Jobs.ID, AwaitOptions.defaults());
        assertThat(clock.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(heard).contains("retrying status 1 7");
    }

    @Test
    void aRetryThatWouldPassTheDeadlineIsReportedCutToWhatIsLeft() {
        api.reads(() -> Jobs.active(1), () -> {
            throw new TransportException("reset", true, Jobs.ID, null);
        }, Jobs::completed);
        // waits: 1 s after the active read, then the 2 s backoff cut to the 1.5 s left
        service().await(Jobs.ID, AwaitOptions.timeout(Duration.ofMillis(2500)));
        assertThat(heard).contains("retrying status 1 1");
        assertThat(clock.waits()).startsWith(Duration.ofSeconds(1));
    }

    @Test
    void aCancelledAwaitEndsCancelled() {
        List<Runnable> neverRun = new ArrayList<>();
        CompletableFuture<Job> f = service(d -> new CompletableFuture<>(), neverRun::add).awaitAsync(Jobs.ID, AwaitOptions.defaults());
        f.cancel(true);
        assertThat(heard).containsExactly("started job", "ended cancelled");
    }

    @Test
    void anAwaitPendingWhenTheServiceClosesEndsCancelled() {
        List<Runnable> neverRun = new ArrayList<>();
        AwaitJobService s = service(d -> new CompletableFuture<>(), neverRun::add);
        CompletableFuture<Job> f = s.awaitAsync(Jobs.ID, AwaitOptions.defaults());
        s.close();
        assertThat(catchThrowable(f::join)).hasCauseInstanceOf(ClientClosedException.class);
        assertThat(heard).containsExactly("started job", "ended cancelled");
    }

    @Test
    void theDeadlineEndsTheWaitEvenWhileTheFirstReadHangs() {
        List<Runnable> neverRun = new ArrayList<>();
        CompletableFuture<Job> f = service(clock.delays(), neverRun::add).awaitAsync(Jobs.ID, AwaitOptions.timeout(Duration.ofSeconds(3)));
        assertThat(f).isCompletedExceptionally();
        assertThat(catchThrowable(f::join)).hasCauseInstanceOf(WaitTimedOutException.class);
        assertThat(neverRun).hasSize(1);
        assertThat(heard).containsExactly("started job", "ended timed_out");
    }

    @Test
    void aDeadlineTimerThatFiresEarlyDoesNotEndTheWait() {
        // the timer completes at once, but the injected clock has not reached the deadline: the wait goes on
        List<Runnable> reads = new ArrayList<>();
        CompletableFuture<Job> f = service(d -> CompletableFuture.completedFuture(null), reads::add)
                .awaitAsync(Jobs.ID, AwaitOptions.timeout(Duration.ofSeconds(3)));
        assertThat(f).isNotDone();
        api.reads(Jobs::completed);
        reads.get(0).run();
        assertThat(f.join().isDone()).isTrue();
    }
}
