package dev.ltxflux.spring;

import dev.ltxflux.feign.LtxClient;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ltxflux.*} settings of the auto-configured {@code LtxClient}. Unset values keep the client's defaults
 * (see {@link dev.ltxflux.feign.LtxClientBuilder}); the token is never logged or shown.
 */
@ConfigurationProperties(prefix = "ltxflux")
public class LtxProperties {

    /** The useapi.net API token (required). Falls back to the USEAPI_TOKEN environment variable. */
    private String token;

    /**
     * API base URL. Default https://api.useapi.net/v1/ltxstudio; falls back to the LTXFLUX_BASE_URL environment
     * variable. Plain http is accepted for loopback hosts only (the mock server), unless allow-plain-http is set.
     */
    private String baseUrl;

    /**
     * Permit plain http to the host base-url names, e.g. http://ltx-mock:8089/v1/ltxstudio (a mock in another
     * container); the token then travels unencrypted. Default false.
     */
    private boolean allowPlainHttp;

    /**
     * LTX account e-mail, sent when a request names none (required by the API with several accounts). Falls back to
     * the USEAPI_EMAIL environment variable.
     */
    private String email;

    /** Time to open a connection. Default 10s. */
    private Duration connectTimeout;

    /**
     * Time for one exchange (one attempt), headers and body. Default 90s (a pollForResult submit may be held 60s).
     */
    private Duration readTimeout;

    /**
     * Total time for one call, every attempt and retry pause included (read-timeout bounds one attempt). Default 2m.
     * Falls back to the LTXFLUX_CALL_TIMEOUT environment variable. A submit cut off by it is reported, never re-sent.
     */
    private Duration callTimeout;

    /** Attempts in all for retryable calls, 1 to 10 (1 = no retries). Default 4. A submit is never re-sent once taken. */
    private Integer maxAttempts;

    /** Backoff unit between retries (doubling, full jitter). Default 500ms. */
    private Duration retryBaseDelay;

    /** Cap on one retry wait, Retry-After included. Default 30s. */
    private Duration maxRetryDelay;

    /** Largest API answer accepted; a larger one is refused (UnexpectedResponseException). Default 4MB. */
    private DataSize maxAnswerBytes;

    /** Largest image download accepted, by Content-Length or while streaming. Default 50MB. */
    private DataSize maxDownloadBytes;

    /**
     * What the client logs (SLF4J logger dev.ltxflux.feign.LtxClient, at DEBUG): none, basic (method, URL, status,
     * time), headers or full (bodies too). The token is redacted at every level. Default none.
     */
    private LtxClient.LogLevel logLevel;

    /** How await polls a job's status. */
    private final Polling polling = new Polling();

    /** The job journal: ltxflux.journal.type (none, file, jdbc), .path, .url, and the fleet's settings. */
    @NestedConfigurationProperty
    private final LtxJournalProperties journal = new LtxJournalProperties();

    /** The webhook endpoint. */
    @NestedConfigurationProperty
    private final LtxWebhookProperties webhook = new LtxWebhookProperties();

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Duration getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getRetryBaseDelay() {
        return retryBaseDelay;
    }

    public void setRetryBaseDelay(Duration retryBaseDelay) {
        this.retryBaseDelay = retryBaseDelay;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public DataSize getMaxAnswerBytes() {
        return maxAnswerBytes;
    }

    public void setMaxAnswerBytes(DataSize maxAnswerBytes) {
        this.maxAnswerBytes = maxAnswerBytes;
    }

    public DataSize getMaxDownloadBytes() {
        return maxDownloadBytes;
    }

    public void setMaxDownloadBytes(DataSize maxDownloadBytes) {
        this.maxDownloadBytes = maxDownloadBytes;
    }

    public LtxClient.LogLevel getLogLevel() {
        return logLevel;
    }

    public void setLogLevel(LtxClient.LogLevel logLevel) {
        this.logLevel = logLevel;
    }

    public Polling getPolling() {
        return polling;
    }

    public LtxJournalProperties getJournal() {
        return journal;
    }

    public LtxWebhookProperties getWebhook() {
        return webhook;
    }

    @Override
    public String toString() {
        return "LtxProperties[baseUrl=" + baseUrl + ", email=" + email + ", token=" + (token == null ? "unset" : "***") + "]";
    }

    /**
     * {@code ltxflux.polling.*}: await's status polls, {@code initial * multiplier^n} capped at {@code max}. An unset
     * part keeps the default (1s, 1.5, 5s).
     */
    public static class Polling {

        /** Delay before the second status read. Default 1s. */
        private Duration initial;

        /** Growth of the delay per poll, at least 1. Default 1.5. */
        private Double multiplier;

        /** Cap on one delay, at least initial. Default 5s. */
        private Duration max;

        public Duration getInitial() {
            return initial;
        }

        public void setInitial(Duration initial) {
            this.initial = initial;
        }

        public Double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(Double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMax() {
            return max;
        }

        public void setMax(Duration max) {
            this.max = max;
        }

        /** Whether any part is set. */
        boolean isSet() {
            return initial != null || multiplier != null || max != null;
        }
    }
}
