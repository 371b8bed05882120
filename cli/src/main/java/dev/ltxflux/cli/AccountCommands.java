package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code accounts} (list, show, add, remove): the LTX Studio accounts of the useapi.net subscription. The cookie of
 * {@code add} is read from a file or stdin, never from an argument, and shown nowhere.
 */
final class AccountCommands {

    private AccountCommands() {
    }

    @Command(name = "accounts", mixinStandardHelpOptions = true, description = "List, show, add or remove LTX Studio accounts.",
            subcommands = {AccountsList.class, AccountsShow.class, AccountsAdd.class, AccountsRemove.class})
    static final class Accounts extends ListsAccounts {
        Accounts(CliEnvironment environment) {
            super(environment);
        }

    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the configured accounts.")
    static final class AccountsList extends ListsAccounts {
        AccountsList(CliEnvironment environment) {
            super(environment);
        }

    }

    /** {@code accounts} and {@code accounts list}: the table of accounts. */
    abstract static class ListsAccounts extends ResourceCommands.Base {
        ListsAccounts(CliEnvironment environment) {
            super(environment);
        }

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
    static final class AccountsShow extends ResourceCommands.Base {
        AccountsShow(CliEnvironment environment) {
            super(environment);
        }

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
    static final class AccountsAdd extends ResourceCommands.Base {
        AccountsAdd(CliEnvironment environment) {
            super(environment);
        }

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
                out().println("account " + SafeText.escape(a.email()) + " configured (maxJobs "
                        + (a.maxJobs() == null ? "?" : a.maxJobs()) + ")");
                out().flush();
            }
            return ExitCode.OK;
        }

        /** The first non-blank line, without a leading {@code Cookie:} header name. */
        private String readCookie() {
            String text;
            try {
                text = "-".equals(cookieFile) ? read(environment.in()) : Files.readString(environment.resolve(Path.of(cookieFile)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidRequestException("--cookie-file", "must be a readable file (" + e.getClass().getSimpleName() + ")");
            }
            String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            String cookie = line.regionMatches(true, 0, "Cookie:", 0, 7) ? line.substring(7).strip() : line;
            if (cookie.isEmpty()) {
                throw new InvalidRequestException("--cookie-file", ("-".equals(cookieFile) ? "- (stdin)" : "'" + SafeText.escape(cookieFile) + "'")
                        + " holds no cookie (the LTX Studio cookie string: lt_id=…; lt_token=…; lt_refresh_token=…)");
            }
            return cookie;
        }

        private static String read(InputStream in) throws IOException {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account; its e-mail is unknown afterwards.")
    static final class AccountsRemove extends ResourceCommands.Base {
        AccountsRemove(CliEnvironment environment) {
            super(environment);
        }

        @Parameters(paramLabel = "<email>", description = "the account's e-mail")
        String email;

        @Override
        int run(Connection.Session s) {
            s.client().accounts().remove(new AccountEmail(email));
            out().println("account " + SafeText.escape(email) + " removed");
            out().flush();
            return ExitCode.OK;
        }
    }
}
