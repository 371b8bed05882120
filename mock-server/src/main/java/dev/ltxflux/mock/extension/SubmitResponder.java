package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.mock.state.StoredUpload;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import dev.ltxflux.schemas.SchemaCatalog.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST images/flux-edit} and {@code images/edit}: JSON or multipart, validated against the request schema and the
 * rules a schema cannot hold, then a job per request; {@code pollForResult} holds the answer like the real server.
 */
public final class SubmitResponder extends LtxResponder {

    public static final String NAME = "ltx-submit";
    private static final Set<String> INTEGER_FIELDS = Set.of("seed", "pollForResult", "maxJobs");

    private final JobStore store;
    private final SchemaCatalog catalog;
    private final WebhookSender webhooks;
    private final ServerControl control;
    private final RequestBodies bodies = new RequestBodies();

    public SubmitResponder(JobStore store, SchemaCatalog catalog, Responses responses, FaultInjector faults, WebhookSender webhooks,
            ServerControl control, BearerAuth auth) {
        super("submit", responses, faults, auth);
        this.store = store;
        this.catalog = catalog;
        this.webhooks = webhooks;
        this.control = control;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        ObjectNode body = bodies.fields(request, INTEGER_FIELDS);
        body.properties().forEach(f -> {
            if (f.getValue().isTextual() && !wellFormed(f.getValue().asText())) {
                throw new Rejection(400, f.getKey() + ": not valid Unicode (an unpaired surrogate)");
            }
        });
        checkModelRules(body);
        List<Violation> violations = catalog.violations(SchemaName.FLUX_EDIT_REQUEST, body);
        if (!violations.isEmpty()) {
            throw new Rejection(400, violations.stream().map(v -> (v.field().isEmpty() ? "body" : v.field()) + ": " + v.rule())
                    .distinct().collect(Collectors.joining("; ")));
        }
        String replyUrl = text(body, "replyUrl");
        String refused = replyUrl == null ? null : webhooks.refusal(replyUrl);
        if (refused != null) {
            throw new Rejection(400, "replyUrl: " + refused);
        }
        String account = store.account(text(body, "email"));
        StoredUpload reference = requireAsset(body, "referenceAssetId", account);
        requireAsset(body, "referenceAssetId2", account);
        requireAsset(body, "referenceAssetId3", account);
        EditParameters parameters = new EditParameters(text(body, "prompt"), reference.fileId(), text(body, "aspectRatio"),
                body.has("seed") ? body.get("seed").asLong() : null, text(body, "model"), text(body, "replyUrl"),
                text(body, "replyRef"), reference.bytes(), control.origin());
        Integer maxJobs = body.has("maxJobs") ? body.get("maxJobs").asInt() : null;
        if (FaultInjector.asksJobToFail(request)) {
            store.addFault(new dev.ltxflux.mock.state.FaultRule("submit", "fail-job", 0, 0, 1));
        }
        MockJob job = store.createJob(account, parameters, maxJobs);
        webhooks.schedule(job);
        return body.has("pollForResult") ? heldAnswer(job, body.get("pollForResult").asInt()) : created(job, 0);
    }

    /** Polls like the server: every interval up to {@code attempts} times; answers the job if it ended by then. */
    private ResponseDefinition heldAnswer(MockJob job, int attempts) {
        Duration interval = store.config().jobs().pollInterval();
        Instant now = store.clock().instant();
        for (int k = 1; k <= attempts; k++) {
            Instant at = now.plus(interval.multipliedBy(k));
            if (job.phaseAt(at) != Phase.ACTIVE) {
                ObjectNode finished = responses.jobModel(job, at, true);
                finished.put("code", 200);
                return responses.json(200, SchemaName.JOB, finished).withFixedDelay((int) interval.multipliedBy(k).toMillis()).build();
            }
        }
        return created(job, (int) interval.multipliedBy(attempts).toMillis());
    }

    private ResponseDefinition created(MockJob job, int delayMillis) {
        ObjectNode ticket = responses.json().createObjectNode().put("jobId", job.id()).put("generationId", job.generationId());
        return responses.json(200, SchemaName.JOB_CREATED, ticket).withFixedDelay(delayMillis).build();
    }

    /** The model capability rules (2025-10-03), checked first for their clearer message. */
    private static void checkModelRules(ObjectNode body) {
        String model = body.path("model").isTextual() ? body.get("model").asText() : "flux";
        if ("nano-banana".equals(model) && body.has("aspectRatio")) {
            throw new Rejection(400, "aspectRatio: is not supported by model nano-banana");
        }
        if (body.has("referenceAssetId3") && !"flux-premium".equals(model) && !"nano-banana".equals(model)) {
            throw new Rejection(400, "referenceAssetId3: is not supported by model " + model);
        }
    }

    private StoredUpload requireAsset(ObjectNode body, String field, String account) {
        String id = text(body, field);
        if (id == null) {
            return null;
        }
        return store.upload(id, account).orElseThrow(() -> new Rejection(400,
                field + ": asset " + id + " not found in account " + account + " (upload it with POST assets/?type=reference-image)"));
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
