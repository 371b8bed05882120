package dev.ltxflux.journal.jdbc;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase;
import dev.ltxflux.core.port.in.DownloadArtifactUseCase;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.journal.jdbc.FinishedJobHandler.FinishedJob;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * One replica of a fleet sharing a PostgreSQL journal: the waits of every pending job are handed out through
 * db-scheduler (its one table {@code scheduled_tasks}, heartbeats, dead-execution detection), not through a protocol of
 * our own.
 *
 * <ul>
 *   <li><b>Waits</b> are one-time tasks {@value #WAIT_TASK}, instance = the intent key. The replica that picks one awaits
 *       the job, saves the image (its journaled output), hands it to the {@link FinishedJobHandler}, then marks the
 *       record finished. A failed attempt is retried after {@link FleetOptions#retryAfter()}; a wait whose replica died
 *       (no heartbeat for {@link FleetOptions#takeoverBound()}) is revived on another replica. A record that is no
 *       longer pending when its wait runs is skipped. The download, the handler and the {@code finished} write run in
 *       one transaction holding the journal row ({@link Handover}), so a wait revived while its first replica still
 *       runs it (db-scheduler took late heartbeats for a death) blocks until the first is done and then skips: the
 *       image is saved and handed over once per finished job, see {@link FinishedJobHandler} for the exact guarantee.
 *       This needs the journal to be a {@link JdbcJobJournal} in the {@code dataSource}'s database; with any other
 *       journal a revived wait may hand a job over a second time.</li>
 *   <li><b>Submits</b> never run here and are never revived: a process that died mid-submit leaves an {@code intent};
 *       the sweep (recurring task {@value #SWEEP_TASK}, one replica at a time) hands it to {@link ReconcileJobsUseCase},
 *       which marks it unknown once its grace passed and looks its job up ({@code GET scheduler}, {@code GET assets}),
 *       never re-sending it. The sweep also schedules a wait for every pending record without one (a process that died
 *       between journaling the job id and scheduling its wait).</li>
 * </ul>
 */
public final class JdbcJobFleet implements AutoCloseable {

    /** db-scheduler's name of the wait task. */
    public static final String WAIT_TASK = "ltxflux-await";
    /** db-scheduler's name of the sweep. */
    public static final String SWEEP_TASK = "ltxflux-sweep";

    private final DataSource dataSource;
    private final JobJournalPort journal;
    private final AwaitJobUseCase awaiter;
    private final DownloadArtifactUseCase downloads;
    private final ReconcileJobsUseCase reconcile;
    private final FinishedJobHandler handler;
    private final FleetOptions options;
    private final OneTimeTask<Void> waitTask;
    private final Scheduler scheduler;

    private JdbcJobFleet(DataSource dataSource, JobJournalPort journal, AwaitJobUseCase awaiter,
            DownloadArtifactUseCase downloads, ReconcileJobsUseCase reconcile, FinishedJobHandler handler,
            FleetOptions options) {
        this.dataSource = dataSource;
        this.journal = journal;
        this.awaiter = awaiter;
        this.downloads = downloads;
        this.reconcile = reconcile;
        this.handler = handler;
        this.options = options;
        this.waitTask = Tasks.oneTime(WAIT_TASK)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(options.retryAfter()))
                .onDeadExecutionRevive()
                .execute((instance, context) -> awaitOne(new IntentKey(instance.getId())));
        RecurringTask<Void> sweep = Tasks.recurring(SWEEP_TASK, FixedDelay.of(options.sweepEvery()))
                .execute((instance, context) -> sweep());
        this.scheduler = Scheduler.create(dataSource, waitTask)
                .startTasks(sweep)
                .schedulerName(new SchedulerName.Fixed(options.replica()))
                .heartbeatInterval(options.heartbeat())
                .missedHeartbeatsLimit(options.missedHeartbeats())
                .pollingInterval(options.polling())
                .threads(options.threads())
                .clock(() -> options.clock().instant())
                .enableImmediateExecution()
                .shutdownMaxWait(options.heartbeat()) // then running waits are interrupted and retried by the fleet
                .build();
    }

    /**
     * Starts this replica (creating db-scheduler's table if need be).
     *
     * @param reconcile settles unknown and stale intents in the sweep, or null to leave them for {@code ltxflux resume}
     */
    public static JdbcJobFleet start(DataSource dataSource, JobJournalPort journal, AwaitJobUseCase awaiter,
            DownloadArtifactUseCase downloads, ReconcileJobsUseCase reconcile, FinishedJobHandler handler,
            FleetOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Schema.apply(dataSource, Schema.SCHEDULER);
        JdbcJobFleet fleet = new JdbcJobFleet(dataSource, Objects.requireNonNull(journal, "journal"),
                Objects.requireNonNull(awaiter, "awaiter"), Objects.requireNonNull(downloads, "downloads"), reconcile,
                Objects.requireNonNull(handler, "handler"), Objects.requireNonNull(options, "options"));
        fleet.scheduler.start();
        return fleet;
    }

    /** Hands the wait of a pending record to the fleet now (a no-op when it is scheduled already). */
    public boolean track(IntentKey key) {
        return scheduler.scheduleIfNotExists(waitTask.instance(key.value()), options.clock().instant());
    }

    private void awaitOne(IntentKey key) {
        JournalRecord pending = journal.find(key).orElse(null);
        if (pending == null || pending.state() != JobState.PENDING) {
            return; // finished (or settled by hand) meanwhile: nothing to wait for, nothing to hand over again
        }
        Job job;
        try {
            job = awaiter.await(pending.jobId().orElseThrow(), options.await());
        } catch (JobFailedException failed) {
            job = failed.job();
        }
        Job ended = job;
        java.util.function.Supplier<JournalRecord> deliver = () -> {
            Path file = ended.isFailed() ? null : downloads.download(ended, output(pending));
            handler.handle(new FinishedJob(pending, ended, file));
            String note = ended.isFailed() ? "failed: " + ended.message().orElse("no reason given") : "saved " + file;
            return pending.finished(options.clock().instant(), note + "; handed over by " + options.replica());
        };
        if (journal instanceof JdbcJobJournal) {
            Handover.once(dataSource, pending, deliver);
        } else { // a journal of the application's own: no row to lock, at least once only
            journal.transition(JobState.PENDING, deliver.get());
        }
    }

    private Path output(JournalRecord pending) {
        return pending.output().map(Path::of).orElseGet(() -> options.outputDirectory()
                .resolve(pending.key().value().replaceAll("[^A-Za-z0-9._-]", "_") + ".png"));
    }

    private void sweep() {
        if (reconcile != null) {
            reconcile.reconcile();
        }
        for (JournalRecord r : journal.unfinished()) {
            if (r.state() == JobState.PENDING) {
                track(r.key());
            }
        }
    }

    /** Runs one sweep on the calling thread (what the recurring task does). */
    public void sweepNow() {
        sweep();
    }

    /** Stops this replica; its running waits end and are picked up again by the fleet. */
    @Override
    public void close() {
        scheduler.stop();
    }
}
