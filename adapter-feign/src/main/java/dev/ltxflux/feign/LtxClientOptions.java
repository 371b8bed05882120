package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.service.Delays;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The settings of an {@link LtxClient}, immutable and valid by construction, read back with {@link LtxClient#options()}.
 * Only {@link LtxClientBuilder} makes one ({@link LtxClientBuilder#toOptions()}), so settings can be added without
 * breaking callers; {@link LtxClientBuilder#options(LtxClientOptions)} starts a builder from one and
 * {@link LtxClient#withOptions(java.util.function.Consumer)} derives a client. An invalid combination raises one
 * {@link InvalidRequestException} naming every broken rule. The defaults are the {@code DEFAULT_*} constants,
 * documented again on each builder setter.
 */
public final class LtxClientOptions {

    /** The real API. Retired by the provider on 2026-03-09 (it offers to bring it back on request). */
    public static final String DEFAULT_BASE_URL = LtxClient.DEFAULT_BASE_URL;
    /** 10 s to open a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * 90 s per exchange, headers <em>and</em> body (a total deadline: a body that drips or never ends is cut off):
     * a {@code pollForResult} submit may be held up to 60 s by the server.
     */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);
    /**
     * 2 minutes per call, all attempts and retry pauses included (the AWS SDK's {@code apiCallTimeout} beside
     * {@code apiCallAttemptTimeout}): room for one full {@link #DEFAULT_READ_TIMEOUT} exchange and a retry or two.
     */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
    /** 4 attempts in all for a retryable call. */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** Largest accepted {@code maxAttempts}. */
    public static final int MAX_ATTEMPTS_LIMIT = 10;
    /** 500 ms backoff unit (full jitter, doubling). */
    public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(500);
    /** 30 s cap on one retry wait, {@code Retry-After} included. */
    public static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(30);
    /** 50 MiB: a downloaded image larger than this is refused (an edit result is a few MiB at most). */
    public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 50L * 1024 * 1024;
    /** 4 MiB: an API answer (JSON) larger than this is refused. */
    public static final long DEFAULT_MAX_ANSWER_BYTES = 4L * 1024 * 1024;

    private final String baseUrl;
    private final String token;
    private final String email;
    private final boolean allowPlainHttp;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final int maxAttempts;
    private final Duration retryBaseDelay;
    private final Duration maxRetryDelay;
    private final long maxDownloadBytes;
    private final long maxAnswerBytes;
    private final Backoff polling;
    private final LtxClient.LogLevel logLevel;
    private final JobJournalPort journal;
    private final Executor executor;
    private final ClientEventsPort events;
    private final Clock clock;
    private final Delays delays;

    /** Checks every rule at once and normalises the base URL (no trailing slash). */
    LtxClientOptions(String baseUrl, String token, String email, boolean allowPlainHttp, Duration connectTimeout,
            Duration readTimeout, Duration callTimeout, int maxAttempts, Duration retryBaseDelay, Duration maxRetryDelay,
            long maxDownloadBytes, long maxAnswerBytes, Backoff polling, LtxClient.LogLevel logLevel,
            JobJournalPort journal, Executor executor, ClientEventsPort events, Clock clock, Delays delays) {
        baseUrl = baseUrl != null && baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        List<Violation> found = OptionRules.violations(baseUrl, token, email, allowPlainHttp, connectTimeout,
                readTimeout, callTimeout, maxAttempts, retryBaseDelay, maxRetryDelay, maxDownloadBytes, maxAnswerBytes);
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
        this.baseUrl = baseUrl;
        this.token = token;
        this.email = email;
        this.allowPlainHttp = allowPlainHttp;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
        this.maxAttempts = maxAttempts;
        this.retryBaseDelay = retryBaseDelay;
        this.maxRetryDelay = maxRetryDelay;
        this.maxDownloadBytes = maxDownloadBytes;
        this.maxAnswerBytes = maxAnswerBytes;
        this.polling = Objects.requireNonNull(polling, "polling");
        this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.executor = executor;
        this.events = Objects.requireNonNull(events, "events");
        this.clock = clock;
        this.delays = Objects.requireNonNull(delays, "delays");
    }

    /** API root, https (or http to loopback, or with {@code allowPlainHttp}); no trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The useapi.net API token: visible ASCII, never logged or shown. */
    public String token() {
        return token;
    }

    /** The LTX account e-mail sent when a request names none, or null. */
    public String email() {
        return email;
    }

    /** Whether plain http to a non-loopback host is permitted. */
    public boolean allowPlainHttp() {
        return allowPlainHttp;
    }

    /** Time to open a connection, positive. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Total time for one exchange (one attempt), headers and body, positive. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** Total time for one call across all its attempts and retry pauses, positive. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Attempts in all for a retryable call, 1 to {@value #MAX_ATTEMPTS_LIMIT}. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Backoff unit of retries, positive. */
    public Duration retryBaseDelay() {
        return retryBaseDelay;
    }

    /** Cap of one retry wait, positive. */
    public Duration maxRetryDelay() {
        return maxRetryDelay;
    }

    /** Largest downloaded image, positive. */
    public long maxDownloadBytes() {
        return maxDownloadBytes;
    }

    /** Largest API answer, positive. */
    public long maxAnswerBytes() {
        return maxAnswerBytes;
    }

    /** How {@code await} spaces its reads. */
    public Backoff polling() {
        return polling;
    }

    /** How much is logged. */
    public LtxClient.LogLevel logLevel() {
        return logLevel;
    }

    /** Where every paid call's intent and job id are recorded. */
    public JobJournalPort journal() {
        return journal;
    }

    /** Runs the status reads of {@code awaitAsync}, or null for a private pool of 4 daemon threads. */
    public Executor executor() {
        return executor;
    }

    /** Hears every call, retry and await. */
    public ClientEventsPort events() {
        return events;
    }

    /** Measures deadlines and durations, or null for the system UTC clock. */
    public Clock clock() {
        return clock;
    }

    /** How retries and polls wait. */
    public Delays delays() {
        return delays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LtxClientOptions other && Objects.equals(baseUrl, other.baseUrl)
                && Objects.equals(token, other.token)
                && Objects.equals(email, other.email)
                && allowPlainHttp == other.allowPlainHttp
                && Objects.equals(connectTimeout, other.connectTimeout)
                && Objects.equals(readTimeout, other.readTimeout)
                && Objects.equals(callTimeout, other.callTimeout)
                && maxAttempts == other.maxAttempts
                && Objects.equals(retryBaseDelay, other.retryBaseDelay)
                && Objects.equals(maxRetryDelay, other.maxRetryDelay)
                && maxDownloadBytes == other.maxDownloadBytes
                && maxAnswerBytes == other.maxAnswerBytes
                && Objects.equals(polling, other.polling)
                && Objects.equals(logLevel, other.logLevel)
                && Objects.equals(journal, other.journal)
                && Objects.equals(executor, other.executor)
                && Objects.equals(events, other.events)
                && Objects.equals(clock, other.clock)
                && Objects.equals(delays, other.delays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, token, email, allowPlainHttp, connectTimeout, readTimeout, callTimeout, maxAttempts, retryBaseDelay, maxRetryDelay, maxDownloadBytes, maxAnswerBytes, polling, logLevel, journal, executor, events, clock, delays);
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "LtxClientOptions[baseUrl=" + baseUrl + ", token=" + RedactingLogger.REDACTED + ", email=" + email
                + ", maxAttempts=" + maxAttempts + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + "]";
    }
}
