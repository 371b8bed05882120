package dev.ltxflux.cli;

import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands about existing jobs and assets: status, wait, upload, jobs. */
final class JobCommands {

    private JobCommands() {
    }

    /**
     * The API's 404 in one line (exit 3; no resume hint: there is nothing to resume), then, when the journals know the
     * job, where it was made and how to reach it.
     */
    static int notFound(JobNotFoundException e, Connection connection, JobId id, PrintWriter err) {
        err.println("error: the API answered 404: " + SafeText.escape(e.apiMessage()) + " (job " + SafeText.escape(id.value()) + ")");
        ConnectionHints.notFound(connection).ifPresent(err::println);
        JobWhereabouts.hint(connection, id).ifPresent(err::println);
        if (connection.verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.API_ERROR;
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show a job's current status.")
    static final class Status extends ApiCommand {
        @Parameters(paramLabel = "<jobId>", description = "the job id, as printed by edit or jobs")
        String jobId;
        @Option(names = "--json", description = "print the job as JSON")
        boolean json;

        Status(CliEnvironment environment) {
            super(environment, ResumeLine.none());
        }

        @Override
        public Integer call() {
            JobId id = new JobId(jobId);
            try (Connection.Session s = connection.open(spec.commandLine().getErr())) {
                Job job = s.client().status(id);
                boolean linkLasts = !connection.embeddedMock();
                var out = spec.commandLine().getOut();
                out.println(json ? JobOutput.json(job, null, linkLasts) : JobOutput.summary(job, linkLasts));
                out.flush();
                if (!linkLasts && job.isDone()) {
                    var err = spec.commandLine().getErr();
                    err.println("note: the embedded mock's image link ends with this run, so it is not shown; save the image with: "
                            + Resume.command(id, Resume.defaultFile(id)));
                    err.flush();
                }
                return ExitCode.OK;
            } catch (JobNotFoundException e) {
                return notFound(e, connection, id, spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "wait", mixinStandardHelpOptions = true, description = "Resume waiting on a job and download its image.")
    static final class Wait extends ApiCommand {
        @Parameters(paramLabel = "<jobId>", description = "the job id to wait for")
        String jobId;
        @Option(names = "--out", description = "where to save the result (default: <job uuid>.png)")
        Path out;
        @Option(names = "--timeout", converter = DurationOption.class, description = "how long to wait (default: 5m)")
        Duration timeout = Duration.ofMinutes(5);
        @Option(names = "--json", description = "print the final job as JSON")
        boolean json;

        Wait(CliEnvironment environment) {
            super(environment, ResumeLine.forWaited());
        }

        @Override
        public Integer call() {
            JobId id = new JobId(jobId);
            var err = spec.commandLine().getErr();
            resume.out(out);
            Path target = environment.resolve(out != null ? out : Resume.defaultFile(id));
            OutputCheck.writable(target);
            AwaitOptions await = new AwaitOptions(timeout, resume.watching(new ProgressRenderer(err, environment.terminal())));
            WatchedJournal journal = new WatchedJournal(connection.journal());
            journal.watch(id);
            InterruptNotice notice = new InterruptNotice(journal, out, err);
            try (Connection.Session s = connection.open(err, journal)) {
                Job job = s.client().await(id, await);
                Path file = s.client().download(job, target);
                JobOutput.printSaved(spec.commandLine().getOut(), job, file, json, !connection.embeddedMock());
                return ExitCode.OK;
            } catch (JobNotFoundException e) {
                return notFound(e, connection, id, err);
            } finally {
                notice.close();
            }
        }
    }

    @Command(name = "upload", mixinStandardHelpOptions = true, description = "Upload a reference image and print its asset id.")
    static final class Upload extends ApiCommand {
        @Parameters(paramLabel = "<file>", description = "a PNG, JPEG or WebP image")
        Path file;

        Upload(CliEnvironment environment) {
            super(environment, ResumeLine.none());
        }

        @Override
        public Integer call() {
            dev.ltxflux.core.model.asset.ReferenceImage image;
            try {
                image = dev.ltxflux.core.model.asset.ReferenceImage.of(environment.resolve(file));
            } catch (dev.ltxflux.core.error.InvalidRequestException e) {
                throw new dev.ltxflux.core.error.InvalidRequestException(e.violations().stream()
                        .map(v -> new dev.ltxflux.core.error.Violation("<file>", v.rule())).toList());
            }
            try (Connection.Session s = connection.open(spec.commandLine().getErr())) {
                var uploaded = s.client().upload(new dev.ltxflux.core.model.asset.AssetUpload(image, connection.email));
                spec.commandLine().getOut().println(SafeText.escape(uploaded.fileId().value()));
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
        }
    }

    @Command(name = "jobs", mixinStandardHelpOptions = true, subcommands = FleetCommands.Resolve.class, description = "List the jobs this machine submitted to the backend in use: with a token, jobs.log; without, the embedded mock's mock-jobs.log. Live records only; --all adds archived ones.")
    static final class Jobs implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        Connection connection;
        @Mixin
        JournalLocation location;
        @Option(names = "--all", description = "list archived records too (finished or abandoned longer ago than the"
                + " file journal's retention, 7 days); reads the whole archive")
        boolean all;

        Jobs(CliEnvironment environment) {
            connection = new Connection(environment);
        }

        @Override
        public Integer call() {
            if (location.given() != null) {
                return FleetCommands.listShared(location.given(), all, spec.commandLine().getOut());
            }
            var journal = connection.journal();
            String file = SafeText.escape(connection.journalFile().toString());
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            err.println((connection.embeddedMock() ? "jobs made by the embedded mock server (no token)"
                    : "jobs sent with an API token") + ", journal " + file + ":");
            err.flush();
            java.util.List<JournalRecord> records = new java.util.ArrayList<>(all ? journal.all(Integer.MAX_VALUE)
                    : journal.recent(Integer.MAX_VALUE));
            java.util.Collections.reverse(records);
            if (records.isEmpty()) {
                out.println("no jobs journaled yet in " + file);
            }
            for (JournalRecord e : records) {
                out.println(e.intendedAt() + "  " + String.format("%-9s", e.state().label()) + "  "
                        + SafeText.escape(e.jobId().map(JobId::value).orElse("(intent " + e.key().value() + ")")) + "  "
                        + SafeText.escape(e.label()));
            }
            out.flush();
            var other = connection.otherJournal();
            int others = (all ? other.all(Integer.MAX_VALUE) : other.recent(Integer.MAX_VALUE)).size();
            if (others > 0) {
                err.println("(" + others + (connection.embeddedMock() ? " job(s) sent with an API token are listed when USEAPI_TOKEN or --token is set"
                        : " job(s) made by the embedded mock are listed without a token") + ")");
                err.flush();
            }
            return ExitCode.OK;
        }
    }
}
