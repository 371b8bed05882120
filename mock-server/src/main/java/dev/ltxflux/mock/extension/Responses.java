package dev.ltxflux.mock.extension;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Builds every body the mock sends, in the documented shapes, and in strict mode checks each against its schema
 * before it leaves: a drift is logged, kept for the admin API, and answered as a loud 500.
 */
public final class Responses {

    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    /** The documented 404 sentence of {@code GET assets/{jobId}}. */
    public static final String JOB_NOT_FOUND = "Job not found or has expired.";

    private final ObjectMapper json = new ObjectMapper();
    private final JobStore store;
    private final SchemaCatalog catalog;
    private final ArtifactLinks links;

    public Responses(JobStore store, SchemaCatalog catalog, ArtifactLinks links) {
        this.store = store;
        this.catalog = catalog;
        this.links = links;
    }

    public ObjectMapper json() {
        return json;
    }

    /** A JSON body, checked against {@code schema} in strict mode. */
    public ResponseDefinitionBuilder json(int status, SchemaName schema, JsonNode body) {
        List<String> problems = check(schema, body);
        if (!problems.isEmpty()) {
            String message = "mock strict mode: response drifted from " + schema.file() + ": " + problems;
            return responseDefinition().withStatus(500).withHeader("Content-Type", "application/json")
                    .withBody(text(json.createObjectNode().put("error", message).put("code", 500)));
        }
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json").withBody(text(body));
    }

    /** The documented error body {@code {"error": message, "code": status}}, with Retry-After when given. */
    public ResponseDefinition error(int status, String message, Duration retryAfter) {
        ResponseDefinitionBuilder b = json(status, SchemaName.ERROR, json.createObjectNode().put("error", message).put("code", status));
        if (retryAfter != null) {
            b = b.withHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        return b.build();
    }

    public ResponseDefinition error(Rejection rejection) {
        return error(rejection.status(), rejection.getMessage(), rejection.retryAfter());
    }

    /** A plain-text body, as the API's prose-only 404s. */
    public ResponseDefinition plain(int status, String text) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "text/plain; charset=utf-8").withBody(text).build();
    }

    /** The job model at {@code at}: {@code status} (type, progress, message, artifact), jobId, replyRef, replyUrl. */
    public ObjectNode jobModel(MockJob job, Instant at, boolean withArtifact) {
        ObjectNode root = json.createObjectNode();
        ObjectNode status = root.putObject("status");
        Phase phase = job.phaseAt(at);
        status.put("type", phase.name().toLowerCase(java.util.Locale.ROOT));
        status.put("progress", job.progressAt(at));
        if (phase == Phase.FAILED) {
            status.put("message", job.failure());
        }
        if (phase == Phase.COMPLETED && withArtifact) {
            Instant expires = at.plus(store.config().storage().artifactTtl());
            ObjectNode artifact = status.putObject("artifact");
            artifact.put("assetUrl", links.url(job.parameters().origin(), "jobs/" + job.uuid() + ".png", expires));
            artifact.put("expirationDateString", Long.toString(expires.toEpochMilli()));
            ObjectNode asset = artifact.putObject("asset");
            asset.put("type", "artifact");
            asset.put("fileId", "asset:" + job.uuid() + "-type:image/png");
            asset.put("mimeType", "image/png");
            asset.put("artifactSubtype", "vertex-ai");
        }
        root.put("jobId", job.id());
        if (job.parameters().replyRef() != null) {
            root.put("replyRef", job.parameters().replyRef());
        }
        if (job.parameters().replyUrl() != null) {
            root.put("replyUrl", job.parameters().replyUrl());
        }
        return root;
    }

    /** Problems of {@code body} against {@code schema}; always empty unless strict. Drifts are recorded. */
    public List<String> check(SchemaName schema, JsonNode body) {
        if (catalog == null) {
            return List.of();
        }
        List<String> problems = catalog.problems(schema, body);
        if (!problems.isEmpty()) {
            String drift = schema.file() + ": " + problems + " in " + text(body);
            store.drifts().add(drift);
            LOG.warn("STRICT MODE DRIFT {}", drift);
        }
        return problems;
    }

    public String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }
}
