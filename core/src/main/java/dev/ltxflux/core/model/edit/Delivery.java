package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.model.job.CanonicalForm;
import java.util.regex.Pattern;

/**
 * How a request's result is delivered: hold the submit for the result ({@code pollForResult}), the account's concurrency
 * ({@code maxJobs}) and the webhook ({@code replyUrl}, {@code replyRef}). Every part is optional (null).
 *
 * @param pollForResult attempts the server polls before answering the submit, {@value #MIN_POLL_FOR_RESULT} to
 *                      {@value #MAX_POLL_FOR_RESULT}, or null
 * @param maxJobs       concurrent jobs of the account, {@value #MIN_MAX_JOBS} to {@value #MAX_MAX_JOBS}, or null
 * @param replyUrl      the webhook URL, absolute http(s), at most {@value #MAX_REPLY_URL} characters, or null
 * @param replyRef      the caller's reference echoed in the webhook, or null
 */
public record Delivery(Integer pollForResult, Integer maxJobs, String replyUrl, String replyRef) {

    public static final int MIN_POLL_FOR_RESULT = 1;
    public static final int MAX_POLL_FOR_RESULT = 20;
    public static final int MIN_MAX_JOBS = 1;
    public static final int MAX_MAX_JOBS = 100;
    /** Longest {@code replyUrl} (useapi's account-level limit, applied per request too). */
    public static final int MAX_REPLY_URL = 1024;
    /**
     * The request schema's {@code replyUrl} pattern: http(s), a host, then only URI characters. Kept as text: the API
     * forwards it, so the client checks what the schema checks and nothing that a URI parser would add.
     */
    public static final String REPLY_URL_PATTERN =
            "^[hH][tT][tT][pP][sS]?://[A-Za-z0-9._~%!$&'()*+,;=:@\\[\\]-]+(?:[/?#][A-Za-z0-9._~%!$&'()*+,;=:@/?#\\[\\]-]*)?(?![\\s\\S])";
    /** Nothing set: the server's defaults, no webhook. */
    public static final Delivery NONE = new Delivery(null, null, null, null);

    private static final Pattern REPLY_URL = Pattern.compile(REPLY_URL_PATTERN);

    /**
     * Checks every part at once.
     *
     * @throws dev.ltxflux.core.error.InvalidRequestException naming each value out of its range
     */
    public Delivery {
        ViolationCollector c = new ViolationCollector();
        c.range("pollForResult", pollForResult, MIN_POLL_FOR_RESULT, MAX_POLL_FOR_RESULT, true);
        c.range("maxJobs", maxJobs, MIN_MAX_JOBS, MAX_MAX_JOBS, true);
        if (replyUrl != null && replyUrl.length() > MAX_REPLY_URL) {
            c.add("replyUrl", "must be at most " + MAX_REPLY_URL + " characters");
        } else if (replyUrl != null && !REPLY_URL.matcher(replyUrl).find()) {
            c.add("replyUrl", "must be an absolute http or https URL");
        }
        c.throwIfAny();
    }

    /** Adds {@code pollForResult}, {@code maxJobs}, {@code replyUrl} and {@code replyRef}, in that order, to {@code form}. */
    public CanonicalForm addTo(CanonicalForm form) {
        return form.add("pollForResult", pollForResult).add("maxJobs", maxJobs).add("replyUrl", replyUrl)
                .add("replyRef", replyRef);
    }
}
