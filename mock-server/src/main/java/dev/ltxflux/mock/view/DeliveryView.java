package dev.ltxflux.mock.view;

import dev.ltxflux.mock.state.WebhookDelivery;
import java.time.Instant;

/**
 * One webhook POST attempt, as {@code GET /__admin/ltx/webhooks}, the dashboard and {@code LtxMockAdmin.webhooks()}
 * show it; {@code status} is 0 when no answer came.
 */
public record DeliveryView(String jobId, String url, int attempt, int status, boolean delivered, String error, String body,
        Instant at) {

    public static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.jobId(), d.url(), d.attempt(), d.status(), d.delivered(), d.error(), d.body(), d.at());
    }
}
