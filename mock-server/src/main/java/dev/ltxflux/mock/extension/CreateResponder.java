package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.render.ImageCreator;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import dev.ltxflux.mock.state.StoredUpload;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST images/create} and {@code images/flux-create}: validated against the create schema (every violation named),
 * then a job whose image is rendered now from the prompt, seed, ratio and style ({@link ImageCreator}), with the
 * reference upload blended in when one is named.
 */
public final class CreateResponder extends PaidSubmitResponder {

    public static final String NAME = "ltx-create";

    public CreateResponder(JobStore store, SchemaCatalog catalog, Responses responses, FaultInjector faults, WebhookSender webhooks,
            ServerControl control, BearerAuth auth) {
        super("create", store, catalog, responses, faults, webhooks, control, auth);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(String route, Request request) {
        ObjectNode body = validBody(request, SchemaName.CREATE_REQUEST);
        String account = store.account(text(body, "email"));
        StoredUpload reference = requireAsset(body, "referenceAssetId", account);
        Integer strength = intOrNull(body, "reference_strength");
        byte[] image = ImageCreator.create(text(body, "prompt"), longOrNull(body, "seed"), text(body, "aspectRatio"),
                text(body, "style"), reference == null ? null : reference.bytes(), strength);
        EditParameters parameters = new EditParameters(text(body, "prompt"), reference == null ? null : reference.fileId(),
                text(body, "aspectRatio"), longOrNull(body, "seed"), text(body, "model"), text(body, "replyUrl"),
                text(body, "replyRef"), image, control.origin(), EditParameters.CREATE);
        return start(route, request, body, account, parameters);
    }

    /** The create page's model table, in one message naming each parameter the model does not take. */
    @Override
    List<String> modelRules(ObjectNode body) {
        String model = body.path("model").isTextual() ? body.get("model").asText() : "flux";
        List<String> refused = new ArrayList<>();
        if ("flux-premium".equals(model) || "nano-banana".equals(model)) {
            for (String field : List.of("style", "referenceAssetId", "reference_strength")) {
                if (body.has(field)) {
                    refused.add(field + ": is not supported by model " + model + " (use flux)");
                }
            }
        }
        return refused;
    }
}
