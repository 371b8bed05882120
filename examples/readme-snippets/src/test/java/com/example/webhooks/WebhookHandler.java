package com.example.webhooks;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.feign.LtxWebhooks;
import java.util.function.Consumer;

/** The README's webhook snippet, in a handler that compiles. */
final class WebhookHandler {

    private final Consumer<Artifact> store;
    private final Consumer<String> alert;

    WebhookHandler(Consumer<Artifact> store, Consumer<String> alert) {
        this.store = store;
        this.alert = alert;
    }

    void handle(byte[] requestBody) {
        // README:begin webhook
        Job job = LtxWebhooks.parse(requestBody);   // InvalidWebhookException: answer 400
        if (job.isDone()) {
            job.artifact().ifPresent(store);        // its assetUrl(): the result, for a limited time
        } else if (job.isFailed()) {
            alert.accept(job.message().orElse("failed"));
        }
        // README:end
    }
}
