package dev.ltxflux.feign;

import dev.ltxflux.core.error.LtxException;
import java.util.List;

/**
 * A webhook body that is not a job model: not JSON, against the job schema, or larger than
 * {@link LtxWebhooks#MAX_BODY_BYTES}. The body itself is never part of the message. Answer the sender with a 400.
 */
public final class InvalidWebhookException extends LtxException {

    private final List<String> problems;

    InvalidWebhookException(String message, List<String> problems, Throwable cause) {
        super(problems.isEmpty() ? message : message + ": " + String.join("; ", problems), null, cause);
        this.problems = List.copyOf(problems);
    }

    /** Each schema violation (JSON pointer, rule and keyword), or empty when the body was not even JSON. */
    public List<String> problems() {
        return problems;
    }
}
