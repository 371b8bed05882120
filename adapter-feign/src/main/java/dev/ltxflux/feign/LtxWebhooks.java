package dev.ltxflux.feign;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.feign.wire.WireMapper;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Reads the body the API posts to a submit's {@code replyUrl} when the job completes or fails: the same job model as
 * {@code GET assets/{jobId}}. Framework-neutral: hand it the raw request bytes from any HTTP server.
 * <pre>{@code
 * Job job = LtxWebhooks.parse(requestBody);   // InvalidWebhookException -> answer 400
 * if (job.isDone()) { ... job.artifact() ... }
 * }</pre>
 * The API does not sign webhooks (nothing is documented): treat the body as a hint and, when it matters, confirm with
 * {@code LtxClient.status(job.id())} before acting on it. Thread-safe.
 */
public final class LtxWebhooks {

    /** Larger bodies are refused unread; a job model is a few hundred bytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** Parsing a job never measures time (the clock only serves Retry-After dates), so no wall clock is read. */
    private static final WireMapper MAPPER = new WireMapper(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    private static final ObjectReader STRICT_JSON = MAPPER.json().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    private LtxWebhooks() {
    }

    /**
     * The job a webhook body describes.
     *
     * @param body the raw request body
     * @return the job, with its final status (done, or failed)
     * @throws InvalidWebhookException when the body is larger than {@link #MAX_BODY_BYTES}, not a JSON document,
     *                                 against the job schema, or has no {@code jobId}
     * @throws NullPointerException    when {@code body} is null
     */
    public static Job parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidWebhookException("webhook body of " + body.length + " bytes is over the limit of "
                    + MAX_BODY_BYTES, List.of(), null);
        }
        JsonNode root;
        try {
            root = STRICT_JSON.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidWebhookException("webhook body is not a JSON document", List.of(), null);
        } catch (IOException e) {
            throw new InvalidWebhookException("webhook body could not be read", List.of(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidWebhookException("webhook body is empty", List.of(), null);
        }
        List<String> problems = SCHEMAS.problems(SchemaName.JOB, root);
        if (!problems.isEmpty()) {
            throw new InvalidWebhookException("webhook body is not a job model", problems, null);
        }
        try {
            return MAPPER.job(body, null);
        } catch (UnexpectedResponseException e) {
            throw new InvalidWebhookException("webhook body is not a job model", List.of(e.apiMessage()), null);
        }
    }
}
