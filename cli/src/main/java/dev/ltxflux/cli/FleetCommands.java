package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Reconciliation;
import dev.ltxflux.core.port.in.ResumeJobsUseCase.Resumed;
import dev.ltxflux.core.port.in.SettleJobUseCase;
import dev.ltxflux.feign.LtxJobs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ltxflux resume} and {@code ltxflux jobs resolve}: settle what the journal still holds, never sending a paid call. */
final class FleetCommands {

    private FleetCommands() {
    }

    /**
     * {@code ltxflux jobs --journal-url ...}: every live record of a shared journal ({@code all}: archived ones too),
     * newest last, unknown intents included.
     */
    static int listShared(String location, boolean all, java.io.PrintWriter out) {
        SettleJobUseCase settle = LtxJobs.settle(location);
        List<JournalRecord> records = new java.util.ArrayList<>(all ? settle.all(Integer.MAX_VALUE)
                : settle.recent(Integer.MAX_VALUE));
        java.util.Collections.reverse(records);
        if (records.isEmpty()) {
            out.println("no jobs journaled yet in " + SafeText.escape(JournalLocation.shown(location)));
        }
        for (JournalRecord e : records) {
            out.println(e.intendedAt() + "  " + String.format("%-9s", e.state().label()) + "  "
                    + SafeText.escape(e.jobId().map(JobId::value).orElse("(intent " + e.key().value() + ")")) + "  "
                    + SafeText.escape(e.label()) + (e.note().isEmpty() ? "" : "  [" + SafeText.escape(e.note()) + "]"));
        }
        out.flush();
        return ExitCode.OK;
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Reconcile every unknown intent, then wait for every pending job and save its image where its"
                    + " command asked (--out); prints what it did. Never submits anything.")
    static final class Resume implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        Connection connection;
        @Mixin
        JournalLocation journal;
        @Option(names = "--timeout", converter = DurationOption.class, description = "how long to wait for each job (default: 5m)")
        Duration timeout = Duration.ofMinutes(5);
        @Option(names = "--dir", description = "where to save a job whose command named no file (default: the current folder)")
        Path dir = Path.of("");

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            String location = journal.resolve(connection);
            try (Connection.Session s = connection.open(err)) {
                LtxJobs jobs = LtxJobs.over(s.client(), location, "cli-" + ProcessHandle.current().pid());
                List<Reconciliation> reconciled = jobs.reconcile().reconcile();
                for (Reconciliation r : reconciled) {
                    out.println("reconcile " + SafeText.escape(r.key().value()) + ": " + SafeText.escape(r.message()));
                }
                List<Resumed> resumed = jobs.resume().resume(new AwaitOptions(timeout,
                        new ProgressRenderer(err, System.console() != null)), dir.toAbsolutePath());
                for (Resumed r : resumed) {
                    out.println(r.result().name().toLowerCase(java.util.Locale.ROOT) + " " + SafeText.escape(r.jobId().value())
                            + " (intent " + SafeText.escape(r.key().value()) + "): " + SafeText.escape(r.message()));
                }
                out.println("resume: " + reconciled.size() + " intent(s) reconciled, " + resumed.size()
                        + " pending job(s) taken up, journal " + SafeText.escape(JournalLocation.shown(location)));
                out.flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Settle an unknown intent by hand: attach the job it made (then `resume` waits for it), or"
                    + " --abandon it.")
    static final class Resolve implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        JournalLocation journal;
        @Parameters(index = "0", paramLabel = "<key>", description = "the intent key, as `ltxflux jobs` lists it")
        String key;
        @Parameters(index = "1", arity = "0..1", paramLabel = "<jobId>", description = "the job the intent made")
        String jobId;
        @Option(names = "--abandon", description = "give the intent up: nothing more is done about it")
        boolean abandon;
        @Option(names = "--reason", description = "why it is abandoned (kept in the journal)")
        String reason;

        @Override
        public Integer call() {
            if (abandon == (jobId != null)) {
                throw new InvalidRequestException("jobId", "give either a <jobId> or --abandon, exactly one");
            }
            String location = journal.given() != null ? journal.given() : new Connection().journalFile().toString();
            SettleJobUseCase settle = LtxJobs.settle(location);
            JournalRecord r = abandon ? settle.abandon(new IntentKey(key), reason)
                    : settle.resolve(new IntentKey(key), new JobId(jobId));
            var out = spec.commandLine().getOut();
            out.println(SafeText.escape(r.key().value()) + " is " + r.state().label()
                    + r.jobId().map(id -> " (job " + SafeText.escape(id.value()) + "; `ltxflux resume` waits for it)").orElse(""));
            out.flush();
            return ExitCode.OK;
        }
    }
}
