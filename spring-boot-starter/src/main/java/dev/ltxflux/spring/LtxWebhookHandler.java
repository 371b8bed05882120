package dev.ltxflux.spring;

import dev.ltxflux.core.model.job.Job;

/**
 * The application's receiver of webhook jobs: define one as a bean and set {@code ltxflux.webhook.path}. Called once
 * per valid delivery, on the request thread; a delivery may repeat (the sender retries), so make it idempotent on
 * {@code job.id()}. Throwing answers 500, which makes the sender try again. The API does not sign webhooks: confirm
 * with {@code LtxClient.status(job.id())} before acting on anything that matters.
 */
@FunctionalInterface
public interface LtxWebhookHandler {

    /** A job reached its final status (done, or failed). */
    void onJob(Job job);
}
