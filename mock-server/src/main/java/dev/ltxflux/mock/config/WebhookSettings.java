package dev.ltxflux.mock.config;

import static dev.ltxflux.mock.config.Checks.check;

import java.time.Duration;

/**
 * How the mock delivers {@code replyUrl} webhooks.
 *
 * @param attempts     delivery attempts per webhook ({@code --webhook-attempts})
 * @param backoff      first retry delay; doubles per attempt ({@code --webhook-backoff})
 * @param timeout      total time one delivery attempt may take, connect to last byte read ({@code --webhook-timeout})
 * @param threads      deliveries in flight at once; each runs on its own thread of this pool ({@code --webhook-threads})
 * @param allowPrivate whether webhooks may target private, link-local and unique-local addresses; loopback is always
 *                     allowed except the mock's own port ({@code --webhook-allow-private})
 */
public record WebhookSettings(int attempts, Duration backoff, Duration timeout, int threads, boolean allowPrivate) {

    public WebhookSettings {
        check(attempts >= 1 && attempts <= 10, "--webhook-attempts", "must be between 1 and 10");
        check(!backoff.isNegative(), "--webhook-backoff", "must not be negative");
        check(Checks.positive(timeout), "--webhook-timeout", "must be positive");
        check(threads >= 1 && threads <= 256, "--webhook-threads", "must be between 1 and 256");
    }
}
