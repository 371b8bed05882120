package dev.ltxflux.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
     * variable. Plain http is accepted for loopback hosts only (the mock server).
     */
    private String baseUrl;

    /**
     * LTX account e-mail, sent when a request names none (required by the API with several accounts). Falls back to
     * the USEAPI_EMAIL environment variable.
     */
    private String email;

    /** Time to open a connection. Default 10s. */
    private Duration connectTimeout;

    /** Time to wait for one answer. Default 90s (a pollForResult submit may be held 60s). */
    private Duration readTimeout;

    /** Attempts in all for retryable calls, 1 to 10 (1 = no retries). Default 4. A submit is never re-sent once taken. */
    private Integer maxAttempts;

    /** Backoff unit between retries (doubling, full jitter). Default 500ms. */
    private Duration retryBaseDelay;

    /** Cap on one retry wait, Retry-After included. Default 30s. */
    private Duration maxRetryDelay;

    /** File where every submitted job id is recorded before any wait. Default none. */
    private Path journal;

    /** The webhook endpoint. */
    private final Webhook webhook = new Webhook();

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

    public Path getJournal() {
        return journal;
    }

    public void setJournal(Path journal) {
        this.journal = journal;
    }

    public Webhook getWebhook() {
        return webhook;
    }

    @Override
    public String toString() {
        return "LtxProperties[baseUrl=" + baseUrl + ", email=" + email + ", token=" + (token == null ? "unset" : "***") + "]";
    }

    /** {@code ltxflux.webhook.*}: the endpoint that receives the jobs the API posts to a submit's replyUrl. */
    public static class Webhook {

        /**
         * Path of the webhook endpoint, e.g. /ltx/webhook. Unset (the default): no endpoint. The endpoint exists only
         * in a Spring MVC application with an LtxWebhookHandler bean.
         */
        private String path;

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }
    }
}
