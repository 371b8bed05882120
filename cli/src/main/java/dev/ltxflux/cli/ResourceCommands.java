package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.in.AssetListing;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The free read-and-manage commands: {@code assets}, {@code scheduler}, {@code accounts}. Each prints a table for people
 * or, with {@code --json}, the API's field names for scripts (cookie values never: {@code …secured…}). Like every API
 * command, without a token they run against the embedded mock.
 */
final class ResourceCommands {

    private ResourceCommands() {
    }

    /** What the commands share: the connection, the output, {@code --json}. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        Connection connection;
        @Option(names = "--json", description = "print JSON (the API's field names) instead of a table")
        boolean json;

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

    @Command(name = "accounts", mixinStandardHelpOptions = true, description = "List, show, add or remove LTX Studio accounts.",
            subcommands = {AccountsList.class, AccountsShow.class, AccountsAdd.class, AccountsRemove.class})
    static final class Accounts extends ListsAccounts {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the configured accounts.")
    static final class AccountsList extends ListsAccounts {
    }

    /** {@code accounts} and {@code accounts list}: the table of accounts. */
    abstract static class ListsAccounts extends Base {
        @Override
        int run(Connection.Session s) {
            List<Account> all = s.client().accounts().list();
            if (json) {
                var root = ResourceOutput.JSON.createObjectNode();
                all.forEach(a -> root.set(a.email(), ResourceOutput.account(a)));
                ResourceOutput.print(out(), root);
                return ExitCode.OK;
            }
            printAccounts(out(), all);
            if (all.isEmpty()) {
                err().println("no account configured (add one: ltxflux accounts add --cookie-file <file>)");
                err().flush();
            }
            return ExitCode.OK;
        }
    }

    static void printAccounts(PrintWriter out, List<Account> accounts) {
        Table table = new Table("EMAIL", "LT_ID", "MAX JOBS", "BALANCE", "TOKEN EXPIRES");
        accounts.forEach(a -> table.row(a.email(), a.ltId(), a.maxJobs(), a.tokens().isPresent() ? a.tokens().getAsLong() : "",
                a.tokenExpireUtc()));
        table.print(out);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one account with its balance.")
    static final class AccountsShow extends Base {
        @Parameters(paramLabel = "<email>", description = "the account's e-mail")
        String email;

        @Override
        int run(Connection.Session s) {
            Account a = s.client().accounts().get(new AccountEmail(email));
            if (json) {
                ResourceOutput.print(out(), ResourceOutput.account(a));
            } else {
                printAccounts(out(), List.of(a));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add or update the account a cookie belongs to. The cookie is read from a file or stdin, never from an argument.")
    static final class AccountsAdd extends Base {
        @Option(names = "--cookie-file", paramLabel = "<file>", required = true,
                description = "file holding the LTX Studio cookie string (lt_id=…; lt_token=…; lt_refresh_token=…); '-' reads stdin")
        String cookieFile;
        @Option(names = "--max-jobs", description = "concurrent jobs, 1 to 100 (default: the API's, 20)")
        Integer maxJobs;

        @Override
        int run(Connection.Session s) {
            Account a = s.client().accounts().add(AccountSetup.of(readCookie(), maxJobs));
            if (json) {
                ResourceOutput.print(out(), ResourceOutput.account(a));
            } else {
                out().println("account " + dev.ltxflux.core.error.SafeText.escape(a.email()) + " configured (maxJobs "
                        + (a.maxJobs() == null ? "?" : a.maxJobs()) + ")");
                out().flush();
            }
            return ExitCode.OK;
        }

        /** The first non-blank line, without a leading {@code Cookie:} header name. */
        private String readCookie() {
            String text;
            try {
                text = "-".equals(cookieFile) ? read(System.in) : Files.readString(Path.of(cookieFile), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidRequestException("--cookie-file", "must be a readable file (" + e.getClass().getSimpleName() + ")");
            }
            String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            return line.regionMatches(true, 0, "Cookie:", 0, 7) ? line.substring(7).strip() : line;
        }

        private static String read(InputStream in) throws IOException {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account; its e-mail is unknown afterwards.")
    static final class AccountsRemove extends Base {
        @Parameters(paramLabel = "<email>", description = "the account's e-mail")
        String email;

        @Override
        int run(Connection.Session s) {
            s.client().accounts().remove(new AccountEmail(email));
            out().println("account " + dev.ltxflux.core.error.SafeText.escape(email) + " removed");
            out().flush();
            return ExitCode.OK;
        }
    }
}
