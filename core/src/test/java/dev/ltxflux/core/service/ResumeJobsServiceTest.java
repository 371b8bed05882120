package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Backoff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.error.ApiErrors;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ResumeJobsUseCase.Result;
import dev.ltxflux.core.port.in.ResumeJobsUseCase.Resumed;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryApi;
import dev.ltxflux.core.testing.Jobs;
import dev.ltxflux.core.testing.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming: each pending wait claimed by one owner, awaited, saved where its call asked, finished; a fresh 404 waited through. */
class ResumeJobsServiceTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryApi api = new InMemoryApi();
    private final AwaitJobService awaiter = new AwaitJobService(api, clock, clock.delays(), Runnable::run,
            Backoff.DEFAULT_POLLING);
    private final PaidJobService paid = Services.paid(api, api.journal(), awaiter, clock, ClientEventsPort.NONE);

    private ResumeJobsService resumer(String owner) {
        return new ResumeJobsService(api.journal(), awaiter, paid, clock, clock.delays(), owner, LEASE,
                ResumeJobsService.DEFAULT_NOT_FOUND_GRACE);
    }

    private JournalRecord pending(String key, Path output) {
        JournalRecord intent = JournalRecord.intent(new IntentKey(key), "edit", null, "ab", clock.instant(), "Add a hat",
                output == null ? null : output.toString());
        api.journal().recordIntent(intent);
        JournalRecord pending = intent.attached(Jobs.ID, clock.instant(), "answered");
        api.journal().transition(JobState.INTENT, pending);
        return pending;
    }

    private static Supplier<Job> notFound() {
        return () -> {
            throw ApiErrors.forStatus(new ApiErrorDetails(404, "Not found", "", null, Jobs.ID));
        };
    }

    @Test
    void aPendingJobIsAwaitedSavedWhereItsCallAskedAndFinished() throws Exception {
        Path out = dir.resolve("hat.png");
        pending("k-1", out);
        api.reads(() -> Jobs.active(40), Jobs::completed);

        List<Resumed> done = resumer("replica-a").resume(AwaitOptions.defaults(), null);

        assertThat(done).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(Result.SAVED);
            assertThat(r.saved()).contains(out);
        });
        assertThat(Files.readString(out)).startsWith("https://assets.example.com/a.png");
        assertThat(api.journal().find(new IntentKey("k-1")).orElseThrow().state()).isEqualTo(JobState.FINISHED);
        assertThat(api.count("submit")).as("resuming never submits").isZero();
        assertThat(api.journal().claim(new IntentKey("k-1"), "replica-b", clock.instant(), LEASE))
                .as("the claim was released").isTrue();
    }

    @Test
    void aWaitAnotherOwnerHoldsIsLeftToItUntilItsLeaseRunsOut() {
        pending("k-1", dir.resolve("a.png"));
        api.journal().claim(new IntentKey("k-1"), "replica-a", clock.instant(), LEASE);
        api.reads(Jobs::completed);

        assertThat(resumer("replica-b").resume(AwaitOptions.defaults(), null)).singleElement()
                .extracting(Resumed::result).isEqualTo(Result.CLAIMED_ELSEWHERE);
        assertThat(api.count("read")).isZero();

        clock.advance(LEASE);
        assertThat(resumer("replica-b").resume(AwaitOptions.defaults(), null)).singleElement()
                .extracting(Resumed::result).isEqualTo(Result.SAVED);
    }

    @Test
    void a404MomentsAfterTheSubmitIsWaitedThroughNotReportedLost() {
        Path out = dir.resolve("late.png");
        pending("k-1", out);
        api.reads(notFound(), notFound(), Jobs::completed);

        Resumed r = resumer("a").resume(AwaitOptions.defaults(), null).get(0);

        assertThat(r.result()).isEqualTo(Result.SAVED);
        assertThat(clock.waits()).contains(ResumeJobsService.NOT_FOUND_RETRY);
        assertThat(out).exists();
    }

    @Test
    void a404PastTheGraceIsReportedNotFoundAndTheRecordStaysPending() {
        pending("k-1", dir.resolve("gone.png"));
        clock.advance(ResumeJobsService.DEFAULT_NOT_FOUND_GRACE);
        api.reads(notFound());

        Resumed r = resumer("a").resume(AwaitOptions.defaults(), null).get(0);

        assertThat(r.result()).isEqualTo(Result.NOT_FOUND);
        assertThat(r.message()).contains("404");
        assertThat(api.count("read")).isEqualTo(1);
        assertThat(api.journal().find(new IntentKey("k-1")).orElseThrow().state()).isEqualTo(JobState.PENDING);
    }

    @Test
    void aFailedJobIsFinishedWithNothingSaved() {
        pending("k-1", dir.resolve("f.png"));
        api.reads(() -> Jobs.failed("moderation"));

        Resumed r = resumer("a").resume(AwaitOptions.defaults(), null).get(0);

        assertThat(r.result()).isEqualTo(Result.FAILED);
        assertThat(r.message()).contains("moderation");
        assertThat(api.journal().find(new IntentKey("k-1")).orElseThrow().state()).isEqualTo(JobState.FINISHED);
        assertThat(dir.resolve("f.png")).doesNotExist();
    }

    @Test
    void aRecordWithNoOutputIsSavedInTheDefaultDirectoryUnderItsKey() {
        pending("ltxflux-1/../x", null);
        api.reads(Jobs::completed);

        Resumed r = resumer("a").resume(AwaitOptions.defaults(), dir).get(0);

        assertThat(r.saved()).contains(dir.resolve("ltxflux-1_.._x.png"));
        assertThat(resumer("a").resume(AwaitOptions.defaults(), dir)).as("finished: nothing left").isEmpty();
    }

    @Test
    void aRecordWithNoOutputAndNoDefaultStaysPending() {
        pending("k-1", null);

        assertThat(resumer("a").resume(AwaitOptions.defaults(), null)).singleElement()
                .extracting(Resumed::result).isEqualTo(Result.STILL_PENDING);
        assertThat(api.count("read")).isZero();
    }
}
