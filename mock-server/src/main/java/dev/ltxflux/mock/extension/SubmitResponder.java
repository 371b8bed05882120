package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import dev.ltxflux.mock.state.StoredUpload;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST images/flux-edit} and {@code images/edit}: JSON or multipart, validated against the request schema and the
 * rules a schema cannot hold, then a job per request; {@code pollForResult} holds the answer like the real server.
 */
public final class SubmitResponder extends PaidSubmitResponder {

    public static final String NAME = "ltx-submit";

    public SubmitResponder(JobStore store, SchemaCatalog catalog, Responses responses, FaultInjector faults, WebhookSender webhooks,
            ServerControl control, BearerAuth auth) {
        super("submit", store, catalog, responses, faults, webhooks, control, auth);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(String route, Request request) {
        ObjectNode body = validBody(request, SchemaName.FLUX_EDIT_REQUEST);
        String account = store.account(text(body, "email"));
        StoredUpload reference = requireAsset(body, "referenceAssetId", account);
        requireAsset(body, "referenceAssetId2", account);
        requireAsset(body, "referenceAssetId3", account);
        EditParameters parameters = new EditParameters(text(body, "prompt"), reference.fileId(), text(body, "aspectRatio"),
                longOrNull(body, "seed"), text(body, "model"), text(body, "replyUrl"), text(body, "replyRef"),
                reference.bytes(), control.origin());
        return start(route, request, body, account, parameters);
    }

    /** The model capability rules (2025-10-03), checked first for their clearer message. */
    @Override
    List<String> modelRules(ObjectNode body) {
        String model = body.path("model").isTextual() ? body.get("model").asText() : "flux";
        List<String> broken = new ArrayList<>();
        if ("nano-banana".equals(model) && body.has("aspectRatio")) {
            broken.add("aspectRatio: is not supported by model nano-banana");
        }
        if (body.has("referenceAssetId3") && !"flux-premium".equals(model) && !"nano-banana".equals(model)) {
            broken.add("referenceAssetId3: is not supported by model " + model);
        }
        return broken;
    }
}
