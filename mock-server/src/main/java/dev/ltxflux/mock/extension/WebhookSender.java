package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.mock.config.WebhookSettings;
import dev.ltxflux.mock.state.ClockTimer;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.WebhookDelivery;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs the job model to {@code replyUrl} when the job completes or fails, retrying with doubling delays a bounded
 * number of times. Each attempt runs on its own thread of a bounded pool, with a total timeout (connect to last byte)
 * and at most {@link #MAX_ANSWER_BYTES} of the receiver's answer read: a receiver that never ends its answer, or answers
 * slowly, delays nobody else. Targets follow {@link WebhookTargets}. A failed delivery is recorded and never changes
 * what the API answers.
 */
public final class WebhookSender implements AutoCloseable {

    /** How much of a receiver's answer is read (then the connection is dropped). */
    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final JobStore store;
    private final Responses responses;
    private final ServerControl control;
    private final Duration timeout;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ltx-mock-webhook-timer"));
    private final ThreadPoolExecutor senders;
    /** Built on the first delivery: creating a JDK HttpClient costs a quarter second that start-up need not pay. */
    private volatile HttpClient http;
    private volatile WebhookTargets targets;
    /** Fires at the job's end on the mock's clock, so advancing a controllable clock delivers at once. */
    private final ClockTimer timer;

    public WebhookSender(JobStore store, Responses responses, ServerControl control) {
        this.store = store;
        this.responses = responses;
        this.control = control;
        WebhookSettings webhooks = store.config().webhooks();
        this.timeout = webhooks.timeout();
        this.senders = new ThreadPoolExecutor(webhooks.threads(), webhooks.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(10_000), r -> daemon(r, "ltx-mock-webhooks"));
        this.senders.allowCoreThreadTimeOut(true);
        this.timer = new ClockTimer(store.clock(), scheduler);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Why {@code url} may not receive webhooks judging by the URL alone (checked at submit), or null. */
    public String refusal(String url) {
        return targets().problem(url, false);
    }

    /**
     * Schedules the delivery for the job's end, when it has a replyUrl. Called again when the job's end moved (failed
     * early through the admin API): the first of the two to fire delivers, the other does nothing.
     */
    public void schedule(MockJob job) {
        if (job.parameters().replyUrl() == null) {
            return;
        }
        try {
            timer.at(job.completesAt(), () -> hand(job, 1));
        } catch (RejectedExecutionException e) {
            // closed: the server is stopping
        }
    }

    /** A retry, on the mock's clock like the first attempt (a test that moves the clock moves its retries too). */
    private void later(MockJob job, int attempt, long delayMillis) {
        try {
            timer.at(store.clock().instant().plusMillis(delayMillis), () -> hand(job, attempt));
        } catch (RejectedExecutionException e) {
            // closed: the server is stopping
        }
    }

    private void hand(MockJob job, int attempt) {
        if (!store.holds(job)) {
            return; // forgotten since this attempt was planned (a reset between tests, or evicted): nobody waits for it
        }
        if (attempt == 1 && !job.claimWebhook()) {
            return; // the job was failed early and its delivery already went at that end: the one planned at submit does not
        }
        try {
            senders.execute(() -> deliver(job, attempt));
        } catch (RejectedExecutionException e) {
            record(job, attempt, 0, "not sent: too many deliveries in flight", "");
        }
    }

    private void deliver(MockJob job, int attempt) {
        Instant now = store.clock().instant();
        ObjectNode body = responses.jobModel(job, now.isBefore(job.completesAt()) ? job.completesAt() : now, true);
        String text = responses.text(body);
        String url = job.parameters().replyUrl();
        if (!job.tracked()) {
            record(job, attempt, 0, "not sent: the scheduler stopped tracking the job (DELETE scheduler/{jobId})", text);
            return;
        }
        if (!responses.check(SchemaName.JOB, body).isEmpty()) {
            record(job, attempt, 0, "not sent: strict mode drift", text);
            return;
        }
        String refused = targets().problem(url, true);
        if (refused != null) {
            record(job, attempt, 0, "not sent: replyUrl " + refused, text);
            return;
        }
        int status = 0;
        String error = null;
        CompletableFuture<HttpResponse<InputStream>> call = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)).build();
            long deadline = System.nanoTime() + timeout.toNanos();
            call = client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
            HttpResponse<InputStream> response = call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            status = response.statusCode();
            readBounded(response.body(), deadline);
        } catch (TimeoutException e) {
            error = "timed out after " + timeout.toMillis() + " ms";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            if (call != null) {
                call.cancel(true);
            }
        }
        if (!store.holds(job)) {
            return; // a reset while this attempt was in flight: the next test must not see it, nor its retries
        }
        WebhookDelivery delivery = record(job, attempt, status, error, text);
        if (!delivery.delivered() && attempt < store.config().webhooks().attempts()) {
            later(job, attempt + 1, store.config().webhooks().backoff().toMillis() << (attempt - 1));
        }
    }

    /** Reads at most {@link #MAX_ANSWER_BYTES} of the answer, until the deadline; then drops the connection. */
    private void readBounded(InputStream in, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        ScheduledFuture<?> guard = scheduler.schedule(() -> quietlyClose(in), Math.max(1, left), TimeUnit.NANOSECONDS);
        try (in) {
            byte[] buffer = new byte[8192];
            int total = 0;
            int n;
            while (total < MAX_ANSWER_BYTES && (n = in.read(buffer)) >= 0) {
                total += n;
            }
        } catch (IOException e) {
            // the answer's body does not matter: the status was received
        } finally {
            guard.cancel(false);
        }
    }

    private static void quietlyClose(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // closing only to unblock the reader
        }
    }

    private WebhookDelivery record(MockJob job, int attempt, int status, String error, String body) {
        WebhookDelivery delivery = new WebhookDelivery(job.id(), job.parameters().replyUrl(), attempt, status, error, body,
                store.clock().instant());
        store.deliveries().add(delivery);
        return delivery;
    }

    private WebhookTargets targets() {
        WebhookTargets t = targets;
        if (t == null) {
            t = new WebhookTargets(control.port(), store.config().webhooks().allowPrivate());
            targets = t;
        }
        return t;
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
                }
                c = http;
            }
        }
        return c;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        senders.shutdownNow();
    }
}
