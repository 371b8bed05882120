package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;
import java.time.Duration;
import java.util.Optional;

/** The API answered with an error status. Carries the status, the API's message and the raw body text. */
public abstract class ApiException extends LtxException {

    private static final int MAX_BODY_IN_MESSAGE = 500;

    private final int status;
    private final String apiMessage;
    private final String body;
    private final Duration retryAfter;

    protected ApiException(ApiErrorDetails details) {
        super(describe(details), details.jobId(), null);
        this.status = details.status();
        this.apiMessage = details.apiMessage();
        this.body = details.body();
        this.retryAfter = details.retryAfter();
    }

    /** The HTTP status the API answered. */
    public int status() {
        return status;
    }

    /** The API's own message (the {@code error} or {@code message} field, or the plain-text body). */
    public String apiMessage() {
        return apiMessage;
    }

    /** The response body as text, possibly empty. */
    public String body() {
        return body;
    }

    /** How long the API asked the caller to wait, when it said so ({@code Retry-After}). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    private static String describe(ApiErrorDetails d) {
        String text = d.apiMessage().isBlank() ? "(no message)" : d.apiMessage();
        if (text.length() > MAX_BODY_IN_MESSAGE) {
            text = text.substring(0, MAX_BODY_IN_MESSAGE) + "…";
        }
        String retry = d.retryAfter() == null ? "" : " (retry after " + d.retryAfter().toSeconds() + "s)";
        return "HTTP " + d.status() + ": " + text + retry;
    }

    /**
     * What a failed HTTP exchange told us.
     *
     * @param status     the HTTP status
     * @param apiMessage the API's message, never null (empty when the body had none)
     * @param body       the raw body text, never null
     * @param retryAfter the {@code Retry-After} delay, or null
     * @param jobId      the job the call concerned, or null
     */
    public record ApiErrorDetails(int status, String apiMessage, String body, Duration retryAfter, JobId jobId) {
        public ApiErrorDetails {
            apiMessage = apiMessage == null ? "" : apiMessage;
            body = body == null ? "" : body;
        }
    }
}
