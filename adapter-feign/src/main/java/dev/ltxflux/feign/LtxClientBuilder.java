package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.service.Delays;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Configures an {@link LtxClient} (its settings become an immutable {@link LtxClientOptions}). Not thread-safe; the
 * client it builds is. Setters refuse null where it means nothing ({@link NullPointerException} naming the
 * parameter); range rules are checked by {@link #build()}, all at once.
 */
public final class LtxClientBuilder {
    private final ClientSettings settings = new ClientSettings();

    LtxClientBuilder() {
    }

    /** Starts from {@code options} (every setting copied; later setters override them). Not null. */
    public LtxClientBuilder options(LtxClientOptions options) {
        settings.copy(Objects.requireNonNull(options, "options"));
        return this;
    }

    /**
     * Takes {@value LtxClient#ENV_TOKEN}, {@value LtxClient#ENV_BASE_URL}, {@value LtxClient#ENV_EMAIL},
     * {@value LtxClient#ENV_ALLOW_PLAIN_HTTP} (only {@code true} opts in) and {@value LtxClient#ENV_CALL_TIMEOUT}
     * ({@code 90s}, {@code 500ms}, {@code 2m} or ISO-8601 {@code PT90S}) from the process environment where set (blank
     * counts as unset); later setters override them. */
    public LtxClientBuilder fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * The same from the given variables. {@link #build()} names {@value LtxClient#ENV_TOKEN} if the token is missing.
     * @throws NullPointerException if {@code env} is null
     */
    public LtxClientBuilder fromEnv(Map<String, String> env) {
        settings.readEnv(Objects.requireNonNull(env, "env"));
        return this;
    }

    /**
     * Default {@value LtxClient#DEFAULT_BASE_URL}. Must be an absolute https URL, except for loopback hosts (the
     * mock) or with {@link #allowPlainHttp(boolean)}; checked by {@link #build()}.
     */
    public LtxClientBuilder baseUrl(String baseUrl) {
        settings.baseUrl = baseUrl;
        return this;
    }

    /**
     * Permits plain {@code http://} to the non-loopback host that {@link #baseUrl} names, e.g. a mock server in
     * another container ({@code http://ltx-mock:8089/v1/ltxstudio}). Default false (env
     * {@value LtxClient#ENV_ALLOW_PLAIN_HTTP}): the token then travels unencrypted, so use it only on a network you
     * trust. Loopback hosts never need it.
     */
    public LtxClientBuilder allowPlainHttp(boolean allow) {
        settings.allowPlainHttp = allow;
        return this;
    }

    /**
     * The useapi.net API token (required, no default). Sent as an HTTP header, so it must be visible ASCII (no
     * spaces, control or non-ASCII characters): anything else is refused by {@link #build()}. Never logged or shown.
     */
    public LtxClientBuilder token(String token) {
        settings.token = token;
        return this;
    }

    /** The LTX account e-mail, sent when a request names none (required by the API with several accounts); default none; must be an e-mail address. */
    public LtxClientBuilder email(String email) {
        settings.email = email;
        return this;
    }

    /** Time to open a connection; default {@link LtxClientOptions#DEFAULT_CONNECT_TIMEOUT} (10 s); must be positive. */
    public LtxClientBuilder connectTimeout(Duration d) {
        settings.connectTimeout = d;
        return this;
    }

    /** Total time for one exchange, headers and body; default {@link LtxClientOptions#DEFAULT_READ_TIMEOUT} (90 s); must be positive. */
    public LtxClientBuilder readTimeout(Duration d) {
        settings.readTimeout = d;
        return this;
    }

    /**
     * Total time for one call (status, upload, submit, download, every call), all its attempts and retry pauses
     * included: each exchange is cut to what is left of it and a retry pause that would pass it is not waited (the call ends then). Default
     * {@link LtxClientOptions#DEFAULT_CALL_TIMEOUT} (2 min; env {@value LtxClient#ENV_CALL_TIMEOUT} after
     * {@link #fromEnv()}); must be positive. A submit cut off by it may have reached the server: it is reported as
     * unknown, never sent again. An {@code await} has its own timeout; each of its reads is one call.
     */
    public LtxClientBuilder callTimeout(Duration d) {
        settings.callTimeout(d);
        return this;
    }

    /**
     * Attempts in all for retryable calls (1 = no retries), 1 to {@value LtxClientOptions#MAX_ATTEMPTS_LIMIT};
     * default {@value LtxClientOptions#DEFAULT_MAX_ATTEMPTS}. Submits and uploads are re-sent only when not taken.
     */
    public LtxClientBuilder maxAttempts(int n) {
        settings.maxAttempts = n;
        return this;
    }

    /** The backoff unit of retries; default {@link LtxClientOptions#DEFAULT_RETRY_BASE_DELAY} (500 ms); must be positive. */
    public LtxClientBuilder retryBaseDelay(Duration d) {
        settings.retryBaseDelay = d;
        return this;
    }

    /** Cap of one retry wait, {@code Retry-After} included; default {@link LtxClientOptions#DEFAULT_MAX_RETRY_DELAY} (30 s); must be positive. */
    public LtxClientBuilder maxRetryDelay(Duration d) {
        settings.maxRetryDelay = d;
        return this;
    }

    /** Largest image {@code download} accepts; default {@value LtxClientOptions#DEFAULT_MAX_DOWNLOAD_BYTES} bytes (50 MiB); must be positive. */
    public LtxClientBuilder maxDownloadBytes(long bytes) {
        settings.maxDownloadBytes = bytes;
        return this;
    }

    /** Largest API answer read; default {@value LtxClientOptions#DEFAULT_MAX_ANSWER_BYTES} bytes (4 MiB); must be positive. */
    public LtxClientBuilder maxAnswerBytes(long bytes) {
        settings.maxAnswerBytes = bytes;
        return this;
    }

    /**
     * How {@code await} spaces its status reads; default {@link Backoff#DEFAULT_POLLING} (1 s growing ×1.5 to 5 s).
     * @throws NullPointerException if {@code backoff} is null
     */
    public LtxClientBuilder polling(Backoff backoff) {
        settings.polling = Objects.requireNonNull(backoff, "polling must not be null (use Backoff.DEFAULT_POLLING)");
        return this;
    }

    /**
     * How much to log (SLF4J logger {@code dev.ltxflux.feign.LtxClient}); default {@link LtxClient.LogLevel#NONE}.
     * @throws NullPointerException if {@code level} is null
     */
    public LtxClientBuilder logLevel(LtxClient.LogLevel level) {
        settings.logLevel = Objects.requireNonNull(level, "logLevel must not be null (use LtxClient.LogLevel.NONE)");
        return this;
    }

    /**
     * Where every paid call's intent and job id are recorded; default {@link JobJournalPort#none()}. The embedded file
     * journal is {@code FileJobJournal.open(path)} of {@code ltxflux-journal-file}; any journal opens by location with
     * {@code JobJournals.open(location, clock)}.
     * @throws NullPointerException if {@code journal} is null
     */
    public LtxClientBuilder journal(JobJournalPort journal) {
        settings.journal = Objects.requireNonNull(journal, "journal must not be null (use JobJournalPort.none())");
        return this;
    }

    /** Runs status reads of {@code awaitAsync}; default (null) a private pool of 4 daemon threads. */
    public LtxClientBuilder executor(Executor executor) {
        settings.executor = executor;
        return this;
    }

    /** Hears every call, retry and await (metrics, tracing); default (or null) none. What it throws is ignored. */
    public LtxClientBuilder events(ClientEventsPort events) {
        settings.events = events == null ? ClientEventsPort.NONE : events;
        return this;
    }

    /**
     * The clock deadlines and durations are measured with; default the system UTC clock.
     * @throws NullPointerException if {@code clock} is null
     */
    public LtxClientBuilder clock(Clock clock) {
        settings.clock = Objects.requireNonNull(clock, "clock must not be null");
        return this;
    }

    /**
     * How retries and polls wait; default real time (the JDK's shared delayed executor). Tests pass a virtual one.
     * @throws NullPointerException if {@code delays} is null
     */
    public LtxClientBuilder delays(Delays delays) {
        settings.delays = Objects.requireNonNull(delays, "delays must not be null");
        return this;
    }

    /**
     * The settings as an immutable value.
     * @throws InvalidRequestException naming every bad setting (a missing token as {@value LtxClient#ENV_TOKEN} after fromEnv)
     */
    public LtxClientOptions toOptions() {
        return settings.toOptions();
    }

    /**
     * The client.
     * @throws InvalidRequestException naming every bad setting
     */
    public LtxClient build() {
        return ClientAssembly.assemble(toOptions());
    }

    @Override
    public String toString() {
        return "LtxClientBuilder[baseUrl=" + settings.baseUrl + ", token=" + RedactingLogger.REDACTED + "]";
    }
}
