package dev.ltxflux.core.model.edit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the builder of every paid request (edit, create, upscale) collects alike: the account and the parts of its
 * {@link Delivery}. Nothing is checked by a setter; the subclass's {@code build()} checks these with its own fields.
 *
 * Public so that a caller can set these fields of any paid request's builder alike; only this package's builders extend
 * it.
 *
 * @param <B> the builder's own type, returned by every setter
 */
public abstract class PaidRequestFields<B extends PaidRequestFields<B>> {

    private static final Pattern EMAIL = Pattern.compile(EditRequest.EMAIL_PATTERN);

    private String email;
    private Integer pollForResult;
    private Integer maxJobs;
    private String replyUrl;
    private String replyRef;

    /** Package-private: only this package's builders extend it. */
    PaidRequestFields() {
    }

    /** {@code this}, typed as the builder. */
    abstract B self();

    /** The LTX Studio account (an e-mail address); required by the API when more than one account is configured. */
    public B email(String email) {
        this.email = email;
        return self();
    }

    /** Server polls before answering, {@value Delivery#MIN_POLL_FOR_RESULT} to {@value Delivery#MAX_POLL_FOR_RESULT}, or null. */
    public B pollForResult(Integer attempts) {
        this.pollForResult = attempts;
        return self();
    }

    /** The account's concurrent-job limit, {@value Delivery#MIN_MAX_JOBS} to {@value Delivery#MAX_MAX_JOBS}, or null. */
    public B maxJobs(Integer maxJobs) {
        this.maxJobs = maxJobs;
        return self();
    }

    /** The webhook URL, absolute http(s), at most {@value Delivery#MAX_REPLY_URL} characters, or null. */
    public B replyUrl(String replyUrl) {
        this.replyUrl = replyUrl;
        return self();
    }

    /** The caller's reference echoed in the webhook, or null. */
    public B replyRef(String replyRef) {
        this.replyRef = replyRef;
        return self();
    }

    /** The account set so far, if any (unchecked until {@code build()}). */
    public Optional<String> account() {
        return Optional.ofNullable(email);
    }

    /** {@code copy} with this builder's account and delivery. */
    final B withPaidFieldsOf(B copy) {
        return copy.email(email).pollForResult(pollForResult).maxJobs(maxJobs).replyUrl(replyUrl).replyRef(replyRef);
    }

    /** The account as set, null when unset, after recording a violation if it is not an e-mail address. */
    final String checkedEmail(ViolationCollector found) {
        if (email != null && !EMAIL.matcher(email).find()) {
            found.add("email", "must be an e-mail address such as user@example.com");
        }
        return email;
    }

    /** The delivery, or null after recording its violations. */
    final Delivery checkedDelivery(ViolationCollector found) {
        return found.parse(() -> new Delivery(pollForResult, maxJobs, replyUrl, replyRef));
    }
}
