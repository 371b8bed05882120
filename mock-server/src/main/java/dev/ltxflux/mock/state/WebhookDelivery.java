package dev.ltxflux.mock.state;

import java.time.Instant;

/**
 * One webhook POST attempt.
 *
 * @param jobId   the job
 * @param url     the replyUrl
 * @param attempt 1-based attempt number
 * @param status  the receiver's HTTP status, or 0 when no answer came
 * @param error   what went wrong, or null
 * @param body    the JSON sent
 * @param at      when it was sent
 */
public record WebhookDelivery(String jobId, String url, int attempt, int status, String error, String body, Instant at) {

    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
