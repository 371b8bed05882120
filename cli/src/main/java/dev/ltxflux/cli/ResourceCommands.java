package dev.ltxflux.cli;

import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.in.AssetListing;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The free read-and-manage commands: {@code assets}, {@code scheduler} (and {@code accounts}, {@link AccountCommands}). Each prints a table for people
 * or, with {@code --json}, the API's field names for scripts (cookie values never: {@code …secured…}). Like every API
 * command, without a token they run against the embedded mock.
 */
final class ResourceCommands {

    private ResourceCommands() {
    }

    /** What the commands share: the run's environment, the connection, the output, {@code --json}. */
    abstract static class Base extends ApiCommand {
        @Option(names = "--json", description = "print JSON (the API's field names) instead of a table")
        boolean json;

        Base(CliEnvironment environment) {
            super(environment, ResumeLine.none());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        @Override
        public final Integer call() {
            try (Connection.Session s = connection.open(err())) {
                return run(s);
            }
        }

        abstract int run(Connection.Session s);
    }

    @Command(name = "assets", mixinStandardHelpOptions = true, description = "List the account's assets (uploads and job images), newest first.")
    static final class Assets extends Base {
        Assets(CliEnvironment environment) {
            super(environment);
        }

        @Option(names = "--filter", description = "images, videos, audio or other (default: every kind)")
        String filter;
        @Option(names = "--all", description = "every page (fetched as they are printed), not only the first")
        boolean all;
        @Option(names = "--page", description = "the page to show without --all (default: 1)")
        int page = 1;
        @Option(names = "--limit", description = "items per page, 1 to " + AssetQuery.MAX_LIMIT + " (default: " + AssetQuery.DEFAULT_LIMIT + ")")
        int limit = AssetQuery.DEFAULT_LIMIT;

        @Override
        int run(Connection.Session s) {
            AssetListing pager = s.client().assets().list(new AssetQuery(connection.email, all ? 1 : page, limit, filter));
            AssetPage first = pager.firstPage();
            List<Asset> items = all ? pager.stream().toList() : first.items();
            if (json) {
                var root = ResourceOutput.JSON.createObjectNode();
                var array = root.putArray("items");
                items.forEach(a -> array.add(ResourceOutput.asset(a)));
                root.putObject("meta").put("totalItems", first.totalItems()).put("itemCount", items.size())
                        .put("itemsPerPage", first.itemsPerPage()).put("totalPages", first.totalPages())
                        .put("currentPage", all ? first.totalPages() : first.currentPage()).put("pagesFetched", pager.pagesFetched());
                ResourceOutput.print(out(), root);
                return ExitCode.OK;
            }
            Table table = new Table("ID", "TYPE", "JOB", "THUMBNAIL");
            items.forEach(a -> table.row(a.id(), a.signed().mimeType().orElse(""), a.job().map(JobId::value).orElse("(upload)"),
                    a.largeThumbnail().flatMap(t -> t.assetUrl()).map(u -> u.getScheme() + "://" + u.getAuthority() + u.getPath()).orElse("")));
            table.print(out());
            err().println(all ? items.size() + " asset(s) in " + pager.pagesFetched() + " page(s)"
                    : "page " + first.currentPage() + " of " + first.totalPages() + ", " + first.totalItems() + " asset(s) in all"
                            + (first.currentPage() < first.totalPages() ? " (--all for every page)" : ""));
            err().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "scheduler", mixinStandardHelpOptions = true,
            description = "Show the running jobs, each account's free slots (--available), or stop tracking a job (--stop).")
    static final class Scheduler extends Base {
        Scheduler(CliEnvironment environment) {
            super(environment);
        }

        @Option(names = "--available", description = "each account's maxJobs, executing and available slots")
        boolean available;
        @Option(names = "--stop", paramLabel = "<jobId>",
                description = "stop tracking this running job (LTX Studio still runs and charges it; no webhook follows)")
        String stop;

        @Override
        int run(Connection.Session s) {
            if (stop != null) {
                s.client().scheduler().stop(new JobId(stop));
                out().println("stopped tracking " + dev.ltxflux.core.error.SafeText.escape(stop));
                out().flush();
                return ExitCode.OK;
            }
            if (available) {
                Capacity c = s.client().scheduler().capacity();
                if (json) {
                    ResourceOutput.print(out(), ResourceOutput.capacity(c.executing(), c.available()));
                    return ExitCode.OK;
                }
                Table table = new Table("EMAIL", "MAX JOBS", "EXECUTING", "AVAILABLE");
                c.available().forEach(a -> table.row(a.email(), a.maxJobs(), a.executing(), a.available()));
                table.print(out());
                return ExitCode.OK;
            }
            List<RunningJob> running = s.client().scheduler().running();
            if (json) {
                ResourceOutput.print(out(), ResourceOutput.running(running));
                return ExitCode.OK;
            }
            Table table = new Table("JOB", "EMAIL", "STARTED", "ELAPSED", "REPLY REF");
            running.forEach(j -> table.row(j.jobId(), j.email(), j.started(), j.elapsed(), j.replyRef()));
            table.print(out());
            if (running.isEmpty()) {
                err().println("no running jobs");
                err().flush();
            }
            return ExitCode.OK;
        }
    }
}
