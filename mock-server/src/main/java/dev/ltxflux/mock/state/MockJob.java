package dev.ltxflux.mock.state;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One job's whole life, fixed at submission: it is {@code active} until {@link #completesAt()}, then {@code completed}
 * (or {@code failed} when a failure was planned). Reads derive the state from the clock, so no timer drives it. The one
 * change after submission: {@link #failAt} ends an active job early as failed (the admin API's "fail this job").
 */
public final class MockJob {

    /** The state a read sees at some instant. */
    public enum Phase { ACTIVE, COMPLETED, FAILED }

    private final String id;
    private final String uuid;
    private final String account;
    private final Instant createdAt;
    private final AtomicReference<End> end;
    private final EditParameters parameters;
    private final String generationId;
    private final AtomicBoolean completedReadServed = new AtomicBoolean();
    private final AtomicBoolean untracked = new AtomicBoolean();
    private final AtomicBoolean webhookClaimed = new AtomicBoolean();

    /** When the job ends, and its failure message (null when it completes). */
    private record End(Instant at, String failure) {
    }

    public MockJob(String uuid, String account, Instant createdAt, Duration duration, String failure,
            EditParameters parameters, String generationId) {
        this.uuid = uuid;
        this.account = account;
        this.id = "email:" + account + "-job:" + uuid + "-type:image";
        this.createdAt = createdAt;
        this.end = new AtomicReference<>(new End(createdAt.plus(duration), failure));
        this.parameters = parameters;
        this.generationId = generationId;
    }

    public String id() {
        return id;
    }

    public String uuid() {
        return uuid;
    }

    public String account() {
        return account;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completesAt() {
        return end.get().at();
    }

    public EditParameters parameters() {
        return parameters;
    }

    public String generationId() {
        return generationId;
    }

    /** The failure message when the job was planned to fail. */
    public String failure() {
        return end.get().failure();
    }

    public Phase phaseAt(Instant now) {
        End e = end.get();
        if (now.isBefore(e.at())) {
            return Phase.ACTIVE;
        }
        return e.failure() == null ? Phase.COMPLETED : Phase.FAILED;
    }

    /**
     * Ends the job at {@code now} as failed with {@code message}, if it is still active then; false (and nothing changes)
     * when it had already ended. Readers see either the old plan or the new one, never a mix.
     */
    public boolean failAt(Instant now, String message) {
        End e = end.get();
        while (now.isBefore(e.at())) {
            if (end.compareAndSet(e, new End(now.isBefore(createdAt) ? createdAt : now, message))) {
                return true;
            }
            e = end.get();
        }
        return false;
    }

    /** 0–99 while active (linear in time), 100 once ended. */
    public int progressAt(Instant now) {
        Instant completesAt = completesAt();
        if (!now.isBefore(completesAt)) {
            return 100;
        }
        long total = Duration.between(createdAt, completesAt).toMillis();
        long done = Duration.between(createdAt, now).toMillis();
        return total <= 0 ? 99 : (int) Math.max(0, Math.min(99, done * 100 / total));
    }

    /** Whether the scheduler still tracks it (false after {@code DELETE scheduler/{jobId}}: no longer listed, counted or called back). */
    public boolean tracked() {
        return !untracked.get();
    }

    /**
     * Stops the scheduler tracking this job; true the first time. LTX Studio still runs it, so its status read goes on
     * answering (and it still completes): only the scheduler views, the 429 count and the webhook forget it.
     */
    public boolean stopTracking() {
        return untracked.compareAndSet(false, true);
    }

    /** Whether the first {@code completed} read (the one without the artifact) has been served. */
    public boolean firstCompletedReadServed() {
        return completedReadServed.get();
    }

    /** True exactly once: for the first webhook delivery planned (a job failed early plans a second, earlier one). */
    public boolean claimWebhook() {
        return webhookClaimed.compareAndSet(false, true);
    }

    /** True exactly once: for the first status read that sees the job completed. */
    public boolean claimFirstCompletedRead() {
        return completedReadServed.compareAndSet(false, true);
    }

    /**
     * What was asked for, as the mock needs it to render and echo.
     *
     * @param prompt           the prompt
     * @param referenceAssetId the reference upload's fileId
     * @param aspectRatio      the requested ratio or null (server default 16:9)
     * @param seed             the seed or null
     * @param model            the model or null
     * @param replyUrl         webhook URL or null
     * @param replyRef         webhook reference or null
     * @param reference        the reference image's bytes (kept so the artifact can be rendered after eviction of the upload)
     * @param origin           scheme://host:port of the mock as bound (never the request's Host), for artifact URLs
     * @param operation        {@value #EDIT}, {@value #CREATE} or {@value #UPSCALE}: an edit renders its artifact from
     *                         {@code reference} when first read; a create or an upscale is rendered when submitted and
     *                         {@code reference} holds its finished image (an upscale's {@code referenceAssetId} is the
     *                         source job's id)
     */
    public record EditParameters(String prompt, String referenceAssetId, String aspectRatio, Long seed, String model,
            String replyUrl, String replyRef, byte[] reference, String origin, String operation) {

        public static final String EDIT = "edit";
        public static final String CREATE = "create";
        public static final String UPSCALE = "upscale";

        public EditParameters {
            operation = operation == null ? EDIT : operation;
            if (!java.util.Set.of(EDIT, CREATE, UPSCALE).contains(operation)) {
                throw new IllegalArgumentException("operation must be edit, create or upscale (was " + operation + ")");
            }
        }

        /** An edit's parameters. */
        public EditParameters(String prompt, String referenceAssetId, String aspectRatio, Long seed, String model,
                String replyUrl, String replyRef, byte[] reference, String origin) {
            this(prompt, referenceAssetId, aspectRatio, seed, model, replyUrl, replyRef, reference, origin, EDIT);
        }

        /** Whether the artifact is {@link #reference()} as it is (a create or an upscale, rendered when submitted). */
        public boolean prerendered() {
            return !EDIT.equals(operation);
        }
    }
}
