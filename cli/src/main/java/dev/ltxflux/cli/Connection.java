package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.journal.file.FileJobJournal;
import dev.ltxflux.mock.LtxMockServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every API command shares, and the client they describe. With no token anywhere, the CLI starts the mock
 * server in-process on a free port and says so, so that a fresh machine runs the whole flow with no account. That
 * mock's jobs go to their own journal ({@value #MOCK_JOURNAL}) and are kept between runs in {@value #MOCK_STATE}, so a
 * later {@code status} or {@code wait} finds them; so are its accounts, so a later run acts on the ones added.
 */
final class Connection {

    /** Environment variable: where the CLI keeps its job journals (default {@code ~/.ltxflux}). */
    static final String ENV_HOME = "LTXFLUX_HOME";
    /** The journal of jobs sent with a token (to the API, or to a mock named by {@code --base-url}). */
    static final String JOURNAL = "jobs.log";
    /** The journal of jobs made by the embedded mock (no token): never mixed with the API's. */
    static final String MOCK_JOURNAL = "mock-jobs.log";
    /** Where the embedded mock's jobs, uploads and accounts are kept between runs ({@link MockStateDir}). */
    static final String MOCK_STATE = "mock-state";

    @Option(names = "--token", description = "useapi.net API token (default: $USEAPI_TOKEN; with neither, the embedded mock server is used)")
    String token;

    @Option(names = "--base-url", description = "API base URL (default: $LTXFLUX_BASE_URL or " + LtxClient.DEFAULT_BASE_URL + ")")
    String baseUrl;

    @Option(names = "--email", description = "LTX account e-mail, required by the API when several are configured (default: $USEAPI_EMAIL)")
    String email;

    @Option(names = "--read-timeout", converter = DurationOption.class,
            description = "total time for one HTTP exchange, headers and body (default: 90s)")
    java.time.Duration readTimeout;

    @Option(names = "--call-timeout", converter = DurationOption.class,
            description = "total time for one call across its retries: every command's calls end within it "
                    + "(default: $LTXFLUX_CALL_TIMEOUT or 2m)")
    java.time.Duration callTimeout;

    @Option(names = "--poll-interval", converter = DurationOption.class,
            description = "time between status reads while waiting, e.g. 200ms (default: $" + ENV_POLL_INTERVAL
                    + ", or 1s growing x1.5 to 5s)")
    java.time.Duration pollInterval;

    @Option(names = "--verbose", description = "show details (stack traces) of errors")
    boolean verbose;

    /** Environment variable: the client's time between status reads ({@code --poll-interval}). */
    static final String ENV_POLL_INTERVAL = PollInterval.ENV;

    private final Map<String, String> env;
    private final CliEnvironment environment;
    /** The base URL this run used (the embedded mock's included), once {@link #open} ran. */
    private volatile String url;

    /** The process's environment. */
    Connection() {
        this(CliEnvironment.system());
    }

    Connection(CliEnvironment environment) {
        this.environment = environment;
        this.env = environment.env();
    }

    /**
     * Checks that the journal can be written, before anything is sent (a paid job must be journaled).
     *
     * @throws InvalidRequestException naming {@code $LTXFLUX_HOME} when it cannot
     */
    FileJobJournal writableJournal() {
        FileJobJournal journal = FileJobJournal.open(journalFile());
        try {
            journal.checkWritable();
        } catch (JournalWriteException e) {
            throw new InvalidRequestException("journal", "cannot be written at " + journal.file()
                    + " (set " + ENV_HOME + " to a writable folder)");
        }
        return journal;
    }

    /** A client (and, without a token, the embedded mock it talks to). Close it. */
    Session open(PrintWriter err) {
        return open(err, new WatchedJournal(journal()));
    }

    /** The same, journaling into {@code journal}. */
    Session open(PrintWriter err, WatchedJournal journal) {
        java.time.Duration every = PollInterval.of(pollInterval, environment); // refused before the embedded mock starts
        String resolvedToken = resolvedToken();
        String resolvedEmail = first(email, env.get(LtxClient.ENV_EMAIL));
        LtxMockServer mock = null;
        MockStateKeeper keeper = null;
        String url = first(baseUrl, env.get(LtxClient.ENV_BASE_URL));
        if (resolvedToken == null) {
            if (url != null) {
                String source = baseUrlSource();
                throw new InvalidRequestException("token", "is required with " + source + " (or set USEAPI_TOKEN); without "
                        + (source.equals("--base-url") ? "--base-url" : "LTXFLUX_BASE_URL") + " the embedded mock needs none");
            }
            mock = new LtxMockServer(EmbeddedMockSettings.config(environment)).start();
            MockStateDir state = new MockStateDir(home().resolve(MOCK_STATE));
            state.restoreInto(mock);
            keeper = new MockStateKeeper(state, mock, err);
            resolvedToken = mock.token();
            url = mock.baseUrl();
            err.println("No API token (--token or USEAPI_TOKEN): using the embedded mock server at " + url
                    + " (its jobs: " + journalFile() + ")");
            err.flush();
        }
        var b = LtxClient.builder().token(resolvedToken).journal(journal.journal());
        if (url != null) {
            b.baseUrl(url);
        }
        this.url = url != null ? url : LtxClient.DEFAULT_BASE_URL;
        if (every != null) {
            b.polling(new dev.ltxflux.core.model.job.Backoff(every, 1.0, every));
        }
        if (resolvedEmail != null) {
            b.email(resolvedEmail);
        }
        if (readTimeout != null) {
            b.readTimeout(readTimeout);
        }
        String envCallTimeout = env.get(LtxClient.ENV_CALL_TIMEOUT);
        if (callTimeout != null) {
            b.callTimeout(callTimeout);
        } else if (envCallTimeout != null && !envCallTimeout.isBlank()) {
            b.fromEnv(Map.of(LtxClient.ENV_CALL_TIMEOUT, envCallTimeout));
        }
        try {
            return new Session(b.build(), mock, keeper);
        } catch (RuntimeException e) {
            if (mock != null) {
                keeper.close();
                mock.stop();
            }
            throw e;
        }
    }

    /**
     * Whether this run talks to the embedded mock: no token was given ({@code --token}, {@code $USEAPI_TOKEN}). Its jobs
     * are journaled apart from those sent with a token, in {@value #MOCK_JOURNAL}.
     */
    boolean embeddedMock() {
        return resolvedToken() == null;
    }

    /** The journal of the backend in use. */
    FileJobJournal journal() {
        return FileJobJournal.open(journalFile());
    }

    /** The journal of the other backend. */
    FileJobJournal otherJournal() {
        return FileJobJournal.open(otherJournalFile());
    }

    /** The journal of the backend in use: {@value #JOURNAL} with a token, {@value #MOCK_JOURNAL} for the embedded mock. */
    Path journalFile() {
        return home().resolve(embeddedMock() ? MOCK_JOURNAL : JOURNAL);
    }

    /** The journal of the other backend. */
    Path otherJournalFile() {
        return home().resolve(embeddedMock() ? JOURNAL : MOCK_JOURNAL);
    }

    /** {@code $LTXFLUX_HOME}, or {@code ~/.ltxflux}. */
    Path home() {
        String home = env.get(ENV_HOME);
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".ltxflux");
    }

    /** Where the token came from: {@code --token}, {@code $USEAPI_TOKEN}, or null (none: the embedded mock). */
    String tokenSource() {
        if (token != null && !token.isBlank()) {
            return "--token";
        }
        return environment.variable(LtxClient.ENV_TOKEN) != null ? "$" + LtxClient.ENV_TOKEN : null;
    }

    /** Where the base URL came from: {@code --base-url}, {@code $LTXFLUX_BASE_URL}, the embedded mock, or the default. */
    String baseUrlSource() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return "--base-url";
        }
        if (environment.variable(LtxClient.ENV_BASE_URL) != null) {
            return "$" + LtxClient.ENV_BASE_URL;
        }
        return embeddedMock() ? "the embedded mock" : "the default";
    }

    /** The base URL this run talked to, or null before {@link #open}. */
    String url() {
        return url;
    }

    private String resolvedToken() {
        return first(token, env.get(LtxClient.ENV_TOKEN));
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }

    /**
     * A client and the embedded mock it may use; closing it keeps the mock's jobs and uploads for the next run.
     *
     * @param client the client
     * @param mock   the embedded mock server, or null when a token was given
     * @param keeper keeps the embedded mock's jobs for the next run, or null
     */
    record Session(LtxClient client, LtxMockServer mock, MockStateKeeper keeper) implements AutoCloseable {
        @Override
        public void close() {
            client.close();
            if (mock != null) {
                keeper.close();
                mock.stop();
            }
        }
    }
}
