package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.service.Delays;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What an {@link LtxClientBuilder} holds: every setting with its default, which of them the environment supplied, and
 * their conversion into validated {@link LtxClientOptions} (a refusal then names the environment variable, not the
 * setter, where the value came from the environment). The builder is its documented, null-checking face.
 */
final class ClientSettings {
    String baseUrl = LtxClientOptions.DEFAULT_BASE_URL;
    String token;
    String email;
    boolean allowPlainHttp;
    Duration connectTimeout = LtxClientOptions.DEFAULT_CONNECT_TIMEOUT;
    Duration readTimeout = LtxClientOptions.DEFAULT_READ_TIMEOUT;
    Duration callTimeout = LtxClientOptions.DEFAULT_CALL_TIMEOUT;
    int maxAttempts = LtxClientOptions.DEFAULT_MAX_ATTEMPTS;
    Duration retryBaseDelay = LtxClientOptions.DEFAULT_RETRY_BASE_DELAY;
    Duration maxRetryDelay = LtxClientOptions.DEFAULT_MAX_RETRY_DELAY;
    long maxDownloadBytes = LtxClientOptions.DEFAULT_MAX_DOWNLOAD_BYTES;
    long maxAnswerBytes = LtxClientOptions.DEFAULT_MAX_ANSWER_BYTES;
    Backoff polling = Backoff.DEFAULT_POLLING;
    LtxClient.LogLevel logLevel = LtxClient.LogLevel.NONE;
    JobJournalPort journal = JobJournalPort.none();
    Executor executor;
    ClientEventsPort events = ClientEventsPort.NONE;
    Clock clock;
    Delays delays = SystemDelays.INSTANCE;
    /** Whether the token was looked for in the environment (a missing one is then named by its variable). */
    private boolean tokenFromEnvironment;
    /** The environment's call timeout text when it was no duration (refused by {@link #toOptions()}), else null. */
    private String callTimeoutFromEnv;

    /** Sets the call timeout, forgetting an unreadable one from the environment. */
    void callTimeout(Duration d) {
        callTimeout = d;
        callTimeoutFromEnv = null;
    }

    /** Every setting of {@code o}. */
    void copy(LtxClientOptions o) {
        baseUrl = o.baseUrl();
        token = o.token();
        email = o.email();
        allowPlainHttp = o.allowPlainHttp();
        connectTimeout = o.connectTimeout();
        readTimeout = o.readTimeout();
        callTimeout(o.callTimeout());
        maxAttempts = o.maxAttempts();
        retryBaseDelay = o.retryBaseDelay();
        maxRetryDelay = o.maxRetryDelay();
        maxDownloadBytes = o.maxDownloadBytes();
        maxAnswerBytes = o.maxAnswerBytes();
        polling = o.polling();
        logLevel = o.logLevel();
        journal = o.journal();
        executor = o.executor();
        events = o.events();
        clock = o.clock();
        delays = o.delays();
    }

    /** The settings {@code env} sets (blank counts as unset); see {@link LtxClientBuilder#fromEnv()}. */
    void readEnv(Map<String, String> env) {
        tokenFromEnvironment = true;
        token = EnvironmentSettings.value(env, LtxClient.ENV_TOKEN).orElse(token);
        baseUrl = EnvironmentSettings.value(env, LtxClient.ENV_BASE_URL).orElse(baseUrl);
        email = EnvironmentSettings.value(env, LtxClient.ENV_EMAIL).orElse(email);
        allowPlainHttp = EnvironmentSettings.flag(env, LtxClient.ENV_ALLOW_PLAIN_HTTP).orElse(allowPlainHttp);
        EnvironmentSettings.value(env, LtxClient.ENV_CALL_TIMEOUT).ifPresent(text -> {
            Duration parsed = EnvironmentSettings.duration(text);
            callTimeoutFromEnv = parsed == null ? text : null;
            callTimeout = parsed == null ? callTimeout : parsed;
        });
    }

    /** @throws InvalidRequestException naming every bad setting (a missing token as {@value LtxClient#ENV_TOKEN} after fromEnv) */
    LtxClientOptions toOptions() {
        try {
            return new LtxClientOptions(baseUrl, token, email, allowPlainHttp, connectTimeout, readTimeout,
                    callTimeoutFromEnv != null ? null : callTimeout,
                    maxAttempts, retryBaseDelay, maxRetryDelay, maxDownloadBytes, maxAnswerBytes, polling, logLevel,
                    journal, executor, events, clock, delays);
        } catch (InvalidRequestException e) {
            InvalidRequestException named = callTimeoutFromEnv == null ? e
                    : EnvironmentSettings.namingTheCallTimeoutVariable(e, callTimeoutFromEnv);
            throw tokenFromEnvironment ? EnvironmentSettings.namingTheTokenVariable(named) : named;
        }
    }
}
