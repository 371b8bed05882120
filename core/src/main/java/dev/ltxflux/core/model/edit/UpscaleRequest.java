package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.job.CanonicalForm;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.PaidRequest;
import dev.ltxflux.core.model.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One {@code POST images/upscale} request: the job id of a completed image job (edit, create or upscale), the account
 * and the {@link Delivery}. The answer is a new job whose image is the source's at twice its width and height. Build it
 * with {@link #builder()}; {@link Builder#build()} reports every broken rule at once.
 */
public final class UpscaleRequest implements PaidRequest<UpscaleRequest> {

    /** Longest {@code jobId} accepted (ltxflux's limit; real ids are under 120 characters). */
    public static final int MAX_JOB_ID = 1024;
    /** The request schema's pattern that refuses a video job's id (checked with {@code find()}). */
    public static final String VIDEO_JOB_PATTERN = "-type:video(?![\\s\\S])";

    private static final Pattern VIDEO_JOB = Pattern.compile(VIDEO_JOB_PATTERN);

    private final JobId jobId;
    private final String email;
    private final Delivery delivery;

    private UpscaleRequest(JobId jobId, String email, Delivery delivery) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.email = email;
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Upscales {@code source} with the server's defaults. */
    public static UpscaleRequest of(JobId source) {
        return builder().jobId(Objects.requireNonNull(source, "source").value()).build();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return builder().jobId(jobId.value()).email(email).pollForResult(delivery.pollForResult())
                .maxJobs(delivery.maxJobs()).replyUrl(delivery.replyUrl()).replyRef(delivery.replyRef());
    }

    /** The job whose image is upscaled. */
    public JobId jobId() {
        return jobId;
    }

    @Override
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** Poll-for-result, concurrency and webhook settings. */
    public Delivery delivery() {
        return delivery;
    }

    @Override
    public Optional<String> replyRef() {
        return Optional.ofNullable(delivery.replyRef());
    }

    /** {@code upscale}. */
    @Override
    public String operation() {
        return "upscale";
    }

    @Override
    public UpscaleRequest withReplyRef(String replyRef) {
        return toBuilder().replyRef(replyRef).build();
    }

    /** {@code upscale <source job id>}. */
    @Override
    public String label() {
        return "upscale " + jobId.value();
    }

    @Override
    public String canonicalForm() {
        return delivery.addTo(CanonicalForm.of(operation()).add("jobId", jobId.value()).add("email", email)).toString();
    }

    @Override
    public String toString() {
        return "UpscaleRequest[jobId=" + jobId.value() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpscaleRequest other && jobId.equals(other.jobId) && Objects.equals(email, other.email)
                && delivery.equals(other.delivery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, email, delivery);
    }

    /** Collects the raw values; {@link #build()} checks them all. Not thread-safe. */
    public static final class Builder extends PaidRequestFields<Builder> {
        private String jobId;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The completed image job to upscale (required). */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /** Every rule the current values break, in wire field order. */
        public List<dev.ltxflux.core.error.Violation> violations() {
            ViolationCollector found = new ViolationCollector();
            assemble(found);
            return found.violations();
        }

        /**
         * The request.
         *
         * @throws InvalidRequestException listing every broken rule
         */
        public UpscaleRequest build() {
            ViolationCollector found = new ViolationCollector();
            UpscaleRequest request = assemble(found);
            found.throwIfAny();
            return request;
        }

        private UpscaleRequest assemble(ViolationCollector found) {
            List<String> jobProblems = new ArrayList<>();
            if (jobId == null) {
                jobProblems.add("is required");
            } else if (Text.isBlank(jobId)) {
                jobProblems.add("must not be blank");
            } else if (jobId.codePointCount(0, jobId.length()) > MAX_JOB_ID) {
                jobProblems.add("must be at most " + MAX_JOB_ID + " characters");
            } else if (VIDEO_JOB.matcher(jobId).find()) {
                jobProblems.add("must name an image job (this is a video job: …-type:video)");
            }
            jobProblems.forEach(rule -> found.add("jobId", rule));
            String email = checkedEmail(found);
            Delivery delivery = checkedDelivery(found);
            if (!found.violations().isEmpty()) {
                return null;
            }
            return new UpscaleRequest(new JobId(jobId), email, delivery);
        }
    }
}
