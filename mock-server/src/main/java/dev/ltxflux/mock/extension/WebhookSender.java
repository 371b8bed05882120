package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.mock.state.ClockTimer;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.WebhookDelivery;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * POSTs the job model to {@code replyUrl} when the job completes or fails, retrying with doubling delays a bounded
 * number of times. A failed delivery is recorded and never changes what the API answers.
 */
public final class WebhookSender implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final JobStore store;
    private final Responses responses;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "ltx-mock-webhooks");
        t.setDaemon(true);
        return t;
    });
    /** Built on the first delivery: creating a JDK HttpClient costs a quarter second that start-up need not pay. */
    private volatile HttpClient http;

    /** Fires at the job's end on the mock's clock, so advancing a controllable clock delivers at once. */
    private final ClockTimer timer;

    public WebhookSender(JobStore store, Responses responses) {
        this.store = store;
        this.responses = responses;
        this.timer = new ClockTimer(store.clock(), scheduler);
    }

    /** Schedules the delivery for the job's end, when it has a replyUrl. */
    public void schedule(MockJob job) {
        if (job.parameters().replyUrl() == null) {
            return;
        }
        timer.at(job.completesAt(), () -> deliver(job, 1));
    }

    private void deliver(MockJob job, int attempt) {
        Instant now = store.clock().instant();
        ObjectNode body = responses.jobModel(job, now.isBefore(job.completesAt()) ? job.completesAt() : now, true);
        String text = responses.text(body);
        String url = job.parameters().replyUrl();
        if (!responses.check(SchemaName.JOB, body).isEmpty()) {
            store.deliveries().add(new WebhookDelivery(job.id(), url, attempt, 0, "not sent: strict mode drift", text, now));
            return;
        }
        int status = 0;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)).build();
            status = client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        WebhookDelivery delivery = new WebhookDelivery(job.id(), url, attempt, status, error, text, now);
        store.deliveries().add(delivery);
        if (!delivery.delivered() && attempt < store.config().webhookAttempts()) {
            long backoff = store.config().webhookBackoff().toMillis() << (attempt - 1);
            scheduler.schedule(() -> deliver(job, attempt + 1), backoff, TimeUnit.MILLISECONDS);
        }
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
                }
                c = http;
            }
        }
        return c;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
