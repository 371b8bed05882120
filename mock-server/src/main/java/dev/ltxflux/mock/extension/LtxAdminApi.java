package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.FaultRule;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.mock.state.WebhookDelivery;
import java.io.IOException;
import java.time.Instant;

/**
 * Test controls under {@code /__admin/ltx/}: {@code faults} (POST a rule, GET, DELETE), {@code reset}, {@code jobs}, {@code stats},
 * {@code webhooks} (deliveries), {@code drifts} (strict-mode findings), {@code accounts} (credits left).
 */
public final class LtxAdminApi implements AdminApiExtension {

    public static final String NAME = "ltx-admin";

    private final JobStore store;
    private final ObjectMapper json = new ObjectMapper();

    public LtxAdminApi(JobStore store) {
        this.store = store;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.POST, "/ltx/faults", (admin, event, params) -> addFault(event.getRequest().getBody()));
        router.add(RequestMethod.GET, "/ltx/faults", (admin, event, params) -> ok(json.valueToTree(store.faults())));
        router.add(RequestMethod.DELETE, "/ltx/faults", (admin, event, params) -> {
            store.clearFaults();
            return ok(json.createObjectNode().put("cleared", true));
        });
        router.add(RequestMethod.POST, "/ltx/reset", (admin, event, params) -> {
            store.reset();
            return ok(json.createObjectNode().put("reset", true));
        });
        router.add(RequestMethod.GET, "/ltx/jobs", (admin, event, params) -> ok(jobs()));
        router.add(RequestMethod.GET, "/ltx/stats", (admin, event, params) -> ok(json.createObjectNode()
                .put("jobs", store.jobCount()).put("uploads", store.uploadCount())));
        router.add(RequestMethod.GET, "/ltx/webhooks", (admin, event, params) -> ok(deliveries()));
        router.add(RequestMethod.GET, "/ltx/drifts", (admin, event, params) -> ok(json.valueToTree(store.drifts().all())));
        router.add(RequestMethod.GET, "/ltx/accounts", (admin, event, params) -> {
            ObjectNode out = json.createObjectNode();
            store.accounts().all().forEach(a -> out.putObject(a.email()).put("creditsLeft", store.creditsLeft(a.email()))
                    .put("balance", a.balance()).put("maxJobs", a.maxJobs()).put("running", store.running(a.email()).size()));
            return ok(out);
        });
    }

    private ResponseDefinition addFault(byte[] body) {
        try {
            JsonNode n = json.readTree(body);
            if (n == null || !n.isObject()) {
                throw new Rejection(400, "body: a JSON fault rule is required");
            }
            FaultRule rule = new FaultRule(n.path("route").asText("any"), n.path("action").asText(null),
                    n.path("status").asInt(0), n.path("delayMillis").asLong(0), n.path("times").asInt(1));
            store.addFault(rule);
            return responseDefinition().withStatus(201).withHeader("Content-Type", "application/json")
                    .withBody(json.writeValueAsString(rule)).build();
        } catch (Rejection r) {
            return error(r.status(), r.getMessage());
        } catch (IOException e) {
            return error(400, "body: malformed JSON");
        }
    }

    private ArrayNode jobs() {
        Instant now = store.clock().instant();
        ArrayNode out = json.createArrayNode();
        for (MockJob j : store.jobs()) {
            ObjectNode o = out.addObject().put("jobId", j.id()).put("account", j.account()).put("phase", j.phaseAt(now).name().toLowerCase())
                    .put("progress", j.progressAt(now)).put("createdAt", j.createdAt().toString());
            describe(o, j);
        }
        return out;
    }

    /** What the client asked for and when the job ends: for the dashboard and for tests asserting on what was sent. */
    private static void describe(ObjectNode o, MockJob j) {
        var p = j.parameters();
        o.put("uuid", j.uuid()).put("generationId", j.generationId()).put("completesAt", j.completesAt().toString())
                .put("failure", j.failure()).put("prompt", p.prompt()).put("referenceAssetId", p.referenceAssetId())
                .put("aspectRatio", p.aspectRatio()).put("model", p.model()).put("replyUrl", p.replyUrl())
                .put("replyRef", p.replyRef());
        if (p.seed() != null) {
            o.put("seed", p.seed());
        }
    }

    private ArrayNode deliveries() {
        ArrayNode out = json.createArrayNode();
        for (WebhookDelivery d : store.deliveries().all()) {
            ObjectNode o = out.addObject().put("jobId", d.jobId()).put("url", d.url()).put("attempt", d.attempt())
                    .put("status", d.status()).put("delivered", d.delivered()).put("at", d.at().toString());
            o.put("error", d.error());
            o.put("body", d.body());
        }
        return out;
    }

    private ResponseDefinition ok(JsonNode body) {
        try {
            return responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(json.writeValueAsString(body)).build();
        } catch (IOException e) {
            return error(500, e.getMessage());
        }
    }

    private ResponseDefinition error(int status, String message) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":" + json.getNodeFactory().textNode(message) + ",\"code\":" + status + "}").build();
    }
}
