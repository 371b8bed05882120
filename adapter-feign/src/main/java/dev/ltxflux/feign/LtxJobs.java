package dev.ltxflux.feign;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Reconciliation;
import dev.ltxflux.core.port.in.ResumeJobsUseCase;
import dev.ltxflux.core.port.in.SettleJobUseCase;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ListAssetsPort;
import dev.ltxflux.core.port.out.ListRunningJobsPort;
import dev.ltxflux.core.service.JobJournals;
import dev.ltxflux.core.service.PaidJobService;
import dev.ltxflux.core.service.ReconcileService;
import dev.ltxflux.core.service.ResumeJobsService;
import dev.ltxflux.core.service.SettleJobService;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The journal's use cases over a client (the composition root of {@code ltxflux resume} and {@code ltxflux jobs}):
 * resume pending waits, reconcile unknown intents, settle by hand. None of them sends a paid call.
 *
 * <p>Reconciling reads {@code GET scheduler} ({@code client.scheduler().running()}) and {@code GET assets/} (one page at a
 * time, {@code client.assets().list(query).firstPage()}); passing null for both leaves every unknown intent unknown,
 * saying so.
 */
public final class LtxJobs {

    private final ResumeJobsUseCase resume;
    private final SettleJobUseCase settle;
    private final ReconcileJobsUseCase reconcile;

    private LtxJobs(ResumeJobsUseCase resume, SettleJobUseCase settle, ReconcileJobsUseCase reconcile) {
        this.resume = resume;
        this.settle = settle;
        this.reconcile = reconcile;
    }

    /** Over the journal at {@code journalLocation} (a file path or {@code jdbc:postgresql:...}, see {@link JobJournals}). */
    public static LtxJobs over(LtxClient client, String journalLocation, String owner) {
        Clock clock = ClientAssembly.clock(client.options());
        return over(client, JobJournals.open(journalLocation, clock), () -> client.scheduler().running(),
                query -> client.assets().list(query).firstPage(), clock, owner);
    }

    /** Reading and settling the journal at {@code journalLocation} by hand: needs no client, sends nothing. */
    public static SettleJobUseCase settle(String journalLocation) {
        Clock clock = ClientAssembly.clock(null);
        return new SettleJobService(JobJournals.open(journalLocation, clock), clock);
    }

    /**
     * Over {@code journal}, reconciling through {@code running} and {@code assets} (both null: no reconciliation yet).
     *
     * @param owner names this process in its claims on waits
     */
    public static LtxJobs over(LtxClient client, JobJournalPort journal, ListRunningJobsPort running,
            ListAssetsPort assets, Clock clock, String owner) {
        Objects.requireNonNull(client, "client");
        AwaitJobUseCase awaiter = new AwaitJobUseCase() {
            @Override
            public Job await(JobId id, AwaitOptions options) {
                return client.await(id, options);
            }

            @Override
            public CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
                return client.awaitAsync(id, options);
            }
        };
        PaidJobService paid = new PaidJobService(journal, awaiter, client::download, clock, IntentKey::random,
                ClientEventsPort.NONE);
        ResumeJobsService resume = new ResumeJobsService(journal, awaiter, paid, clock, SystemDelays.INSTANCE, owner,
                ResumeJobsService.DEFAULT_LEASE, ResumeJobsService.DEFAULT_NOT_FOUND_GRACE);
        ReconcileJobsUseCase reconcile = running != null && assets != null
                ? new ReconcileService(journal, running, assets, client.readJobPort(), clock)
                : () -> notReconcilable(journal);
        return new LtxJobs(resume, new SettleJobService(journal, clock), reconcile);
    }

    private static List<Reconciliation> notReconcilable(JobJournalPort journal) {
        return journal.unfinished().stream().filter(r -> r.state() == JobState.UNKNOWN)
                .map(r -> new Reconciliation(r.key(), ReconcileJobsUseCase.Result.STILL_UNKNOWN, null, List.of(),
                        "still unknown: this client cannot list running jobs or assets yet; settle it with"
                                + " `ltxflux jobs resolve " + r.key() + " <jobId>` or `--abandon`"))
                .toList();
    }

    public ResumeJobsUseCase resume() {
        return resume;
    }

    public SettleJobUseCase settle() {
        return settle;
    }

    public ReconcileJobsUseCase reconcile() {
        return reconcile;
    }
}
