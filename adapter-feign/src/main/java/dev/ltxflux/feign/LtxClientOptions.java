package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.service.Backoff;
import dev.ltxflux.core.service.Delays;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The settings of an {@link LtxClient}, immutable and valid by construction: built by {@link LtxClientBuilder}, read back
 * with {@link LtxClient#options()}. An invalid combination raises one {@link InvalidRequestException} naming every
 * broken rule. The defaults are the {@code DEFAULT_*} constants, documented again on each builder setter.
 *
 * @param baseUrl          API root, https (or http to loopback, or with {@code allowPlainHttp}); no trailing slash
 * @param token            the useapi.net API token: visible ASCII, never logged or shown
 * @param email            the LTX account e-mail sent when a request names none, or null
 * @param allowPlainHttp   whether plain http to a non-loopback host is permitted
 * @param connectTimeout   time to open a connection, positive
 * @param readTimeout      total time for one exchange, positive
 * @param maxAttempts      attempts in all for a retryable call, 1 to 10
 * @param retryBaseDelay   backoff unit of retries, positive
 * @param maxRetryDelay    cap of one retry wait, positive
 * @param maxDownloadBytes largest downloaded image, positive
 * @param maxAnswerBytes   largest API answer, positive
 * @param polling          how {@code await} spaces its reads
 * @param logLevel         how much is logged
 * @param journal          where submitted job ids are recorded
 * @param executor         runs the status reads of {@code awaitAsync}, or null for a private pool of 4 daemon threads
 * @param events           hears every call, retry and await
 * @param clock            measures deadlines and durations, or null for the system UTC clock
 * @param delays        how retries and polls wait
 */
public record LtxClientOptions(String baseUrl, String token, String email, boolean allowPlainHttp,
        Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration retryBaseDelay, Duration maxRetryDelay,
        long maxDownloadBytes, long maxAnswerBytes, Backoff polling, LtxClient.LogLevel logLevel, JobJournalPort journal,
        Executor executor, ClientEventsPort events, Clock clock, Delays delays) {

    /** The real API. Retired by the provider on 2026-03-09 (it offers to bring it back on request). */
    public static final String DEFAULT_BASE_URL = LtxClient.DEFAULT_BASE_URL;
    /** 10 s to open a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * 90 s per exchange, headers <em>and</em> body (a total deadline: a body that drips or never ends is cut off):
     * a {@code pollForResult} submit may be held up to 60 s by the server.
     */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);
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

    /** Checks every rule at once and normalises the base URL (no trailing slash). */
    public LtxClientOptions {
        baseUrl = baseUrl != null && baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        List<Violation> found = OptionRules.violations(baseUrl, token, email, allowPlainHttp, connectTimeout,
                readTimeout, maxAttempts, retryBaseDelay, maxRetryDelay, maxDownloadBytes, maxAnswerBytes);
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
        Objects.requireNonNull(polling, "polling");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(delays, "delays");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "LtxClientOptions[baseUrl=" + baseUrl + ", token=" + RedactingLogger.REDACTED + ", email=" + email
                + ", maxAttempts=" + maxAttempts + ", readTimeout=" + readTimeout + "]";
    }
}
