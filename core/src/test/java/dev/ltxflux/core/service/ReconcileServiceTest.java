package dev.ltxflux.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Reconciliation;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Result;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.testing.FakeClock;
import dev.ltxflux.core.testing.InMemoryJobJournal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reconciliation: a sure match attaches the job id, anything else stays unknown naming the candidates; nothing is sent. */
class ReconcileServiceTest {

    private final FakeClock clock = FakeClock.atEpoch();
    private final InMemoryJobJournal journal = new InMemoryJobJournal();
    private final List<RunningJob> running = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private final List<AssetQuery> assetQueries = new ArrayList<>();
    private final Map<JobId, Job> statuses = new HashMap<>();
    private final ReadJobPort reader = id -> {
        Job job = statuses.get(id);
        if (job == null) {
            throw dev.ltxflux.core.error.ApiErrors.forStatus(
                    new dev.ltxflux.core.error.ApiException.ApiErrorDetails(404, "not found", "", null, id));
        }
        return job;
    };
    private final ReconcileService service = new ReconcileService(journal, () -> List.copyOf(running), query -> {
        assetQueries.add(query);
        int from = (query.page() - 1) * query.limit();
        List<Asset> page = assets.subList(Math.min(from, assets.size()), Math.min(from + query.limit(), assets.size()));
        int pages = Math.max(1, (assets.size() + query.limit() - 1) / query.limit());
        return new AssetPage(page, assets.size(), page.size(), query.limit(), pages, query.page());
    }, reader, clock);

    private static JobId job(String n) {
        return new JobId("email:user@example.com:0000000" + n + "-0000-0000-0000-000000000000-type:image");
    }

    private JournalRecord unknownIntent(String key) {
        JournalRecord intent = JournalRecord.intent(new IntentKey(key), "edit", "user@example.com", "ab", clock.instant(),
                "Add a hat", "/tmp/" + key + ".png");
        journal.recordIntent(intent);
        JournalRecord unknown = intent.unknown(clock.instant(), "no answer: read timed out");
        journal.transition(JobState.INTENT, unknown);
        return unknown;
    }

    private void asset(JobId job) {
        assets.add(new Asset(job.value(), job, Artifact.of(URI.create("https://assets.example.com/x.png"), null,
                "asset:x-type:image/png", "image/png", "artifact", "vertex-ai"), null));
    }

    private void status(JobId job, String replyRef) {
        statuses.put(job, Job.builder(job, JobStatus.ACTIVE).replyRef(replyRef).build());
    }

    @Test
    void anUnknownIntentWhoseReplyRefTheSchedulerListsGetsThatJobAndBecomesPending() {
        unknownIntent("ltxflux-a");
        running.add(new RunningJob(job("9").value(), "other@example.com", null, null, null, "someone-else"));
        running.add(new RunningJob(job("1").value(), "user@example.com", null, null, null, "ltxflux-a"));

        List<Reconciliation> done = service.reconcile();

        assertThat(done).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(Result.ATTACHED);
            assertThat(r.jobId()).isEqualTo(job("1"));
            assertThat(r.message()).contains("GET scheduler");
        });
        JournalRecord now = journal.find(new IntentKey("ltxflux-a")).orElseThrow();
        assertThat(now.state()).isEqualTo(JobState.PENDING);
        assertThat(now.jobId()).contains(job("1"));
        assertThat(now.output()).contains("/tmp/ltxflux-a.png");
        assertThat(assetQueries).as("the scheduler was enough").isEmpty();
    }

    @Test
    void aFinishedJobIsFoundInTheAssetsByTheReplyRefItsStatusEchoes() {
        unknownIntent("ltxflux-b");
        asset(job("3"));
        asset(job("2"));
        status(job("3"), "not-mine");
        status(job("2"), "ltxflux-b");

        assertThat(service.reconcile()).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(Result.ATTACHED);
            assertThat(r.jobId()).isEqualTo(job("2"));
        });
        assertThat(assetQueries).first().satisfies(q -> {
            assertThat(q.account()).contains("user@example.com");
            assertThat(q.kind()).contains("images");
        });
    }

    @Test
    void withoutASureMatchTheIntentStaysUnknownAndTheMessageListsEveryCandidate() {
        unknownIntent("ltxflux-c");
        asset(job("5"));
        asset(job("4"));
        status(job("5"), null);

        Reconciliation r = service.reconcile().get(0);

        assertThat(r.result()).isEqualTo(Result.STILL_UNKNOWN);
        assertThat(r.candidates()).containsExactly(job("5"), job("4"));
        assertThat(r.message()).contains(job("5").value(), job("4").value(), "ltxflux jobs resolve ltxflux-c");
        assertThat(journal.find(new IntentKey("ltxflux-c")).orElseThrow().state()).isEqualTo(JobState.UNKNOWN);
    }

    @Test
    void assetsOlderThanTheIntentAreNotCandidatesAndJournaledJobsNeverAre() {
        JournalRecord older = JournalRecord.intent(new IntentKey("older"), "edit", "user@example.com", "ab",
                clock.instant(), "x", null);
        journal.recordIntent(older);
        journal.transition(JobState.INTENT, older.attached(job("7"), clock.instant(), "answered"));
        clock.advance(Duration.ofMinutes(1));
        unknownIntent("ltxflux-d");
        clock.advance(Duration.ofMinutes(1));
        JournalRecord newer = JournalRecord.intent(new IntentKey("newer"), "edit", "user@example.com", "ab",
                clock.instant(), "x", null);
        journal.recordIntent(newer);
        journal.transition(JobState.INTENT, newer.attached(job("9"), clock.instant(), "answered"));
        asset(job("9")); // newer, journaled: skipped
        asset(job("8")); // the candidate
        asset(job("7")); // the older intent's job: the scan stops here
        asset(job("6")); // older than the intent

        Reconciliation r = service.reconcile().stream().filter(x -> x.key().value().equals("ltxflux-d")).findFirst()
                .orElseThrow();

        assertThat(r.candidates()).containsExactly(job("8"));
    }

    @Test
    void aFreshIntentIsLeftToItsLiveSubmitAndAStaleOneIsReconciled() {
        JournalRecord intent = JournalRecord.intent(new IntentKey("ltxflux-e"), "edit", null, "ab", clock.instant(),
                "x", null);
        journal.recordIntent(intent);
        running.add(new RunningJob(job("1").value(), null, null, null, null, "ltxflux-e"));

        clock.advance(ReconcileService.DEFAULT_INTENT_GRACE.minusSeconds(1));
        assertThat(service.reconcile()).isEmpty();
        assertThat(journal.find(intent.key()).orElseThrow().state()).isEqualTo(JobState.INTENT);

        clock.advance(Duration.ofSeconds(1));
        assertThat(service.reconcile()).singleElement().extracting(Reconciliation::result).isEqualTo(Result.ATTACHED);
        assertThat(journal.find(intent.key()).orElseThrow().jobId()).contains(job("1"));
    }

    @Test
    void twoRunningJobsWithTheSameReplyRefAreNotASureMatch() {
        unknownIntent("dup-ref");
        running.add(new RunningJob(job("1").value(), null, null, null, null, "dup-ref"));
        running.add(new RunningJob(job("2").value(), null, null, null, null, "dup-ref"));

        Reconciliation r = service.reconcile().get(0);

        assertThat(r.result()).isEqualTo(Result.STILL_UNKNOWN);
        assertThat(r.candidates()).containsExactly(job("1"), job("2"));
    }

    @Test
    void aJobAlreadyJournaledUnderAnotherKeyIsNeverAttachedToASecond() {
        JournalRecord other = JournalRecord.intent(new IntentKey("other"), "edit", null, "ab", clock.instant(), "x", null);
        journal.recordIntent(other);
        journal.transition(JobState.INTENT, other.attached(job("1"), clock.instant(), "answered"));
        unknownIntent("mine");
        running.add(new RunningJob(job("1").value(), null, null, null, null, "mine"));

        Reconciliation r = service.reconcile().get(0);

        assertThat(r.result()).isEqualTo(Result.STILL_UNKNOWN);
        assertThat(r.message()).contains("journaled under intent other");
        assertThat(journal.find(new IntentKey("mine")).orElseThrow().state()).isEqualTo(JobState.UNKNOWN);
    }

    @Test
    void nothingToReconcileCallsNothing() {
        List<String> calls = new ArrayList<>();
        ReconcileService quiet = new ReconcileService(journal, () -> {
            calls.add("scheduler");
            return List.of();
        }, q -> {
            calls.add("assets");
            return new AssetPage(List.of(), 0, 0, 1, 0, 1);
        }, reader, clock);

        assertThat(quiet.reconcile()).isEmpty();
        assertThat(calls).isEmpty();
    }
}
