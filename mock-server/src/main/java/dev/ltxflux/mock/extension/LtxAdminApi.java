package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.FaultRule;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.mock.view.JobView;
import java.util.Map;

/**
 * Test controls under {@code /__admin/ltx/}: {@code faults} (POST a rule, GET, DELETE), {@code reset}, {@code jobs},
 * {@code jobs/{uuid}/fail} (POST: an active job fails now), {@code stats}, {@code webhooks} (deliveries), {@code drifts}
 * (strict-mode findings); the ledger's routes ({@code accounts}, {@code scheduler}, {@code assets}) are {@link LedgerAdminRoutes}. Every answer is one of the views of {@code dev.ltxflux.mock.view}.
 */
public final class LtxAdminApi implements AdminApiExtension {

    public static final String NAME = "ltx-admin";
    /** The failure message of a job failed through the admin API when the request names none. */
    public static final String DEFAULT_FAILURE = "Generation failed (failed through the mock's admin API)";
    static final int MAX_FAILURE_CHARS = 500;

    private final JobStore store;
    private final AdminViews views;
    private final AdminAnswers answers;
    private final WebhookSender webhooks;
    private final StrictJson bodies = new StrictJson();

    LtxAdminApi(JobStore store, AdminViews views, WebhookSender webhooks) {
        this.store = store;
        this.views = views;
        this.answers = new AdminAnswers(views);
        this.webhooks = webhooks;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.POST, "/ltx/faults", (admin, event, params) -> addFault(event.getRequest().getBody()));
        router.add(RequestMethod.GET, "/ltx/faults", (admin, event, params) -> ok(store.faultPlan().all()));
        router.add(RequestMethod.DELETE, "/ltx/faults", (admin, event, params) -> {
            store.faultPlan().clear();
            return ok(Map.of("cleared", true));
        });
        router.add(RequestMethod.POST, "/ltx/reset", (admin, event, params) -> {
            store.reset();
            return ok(Map.of("reset", true));
        });
        router.add(RequestMethod.GET, "/ltx/jobs", (admin, event, params) -> ok(views.jobs()));
        router.add(RequestMethod.POST, "/ltx/jobs/{uuid}/fail",
                (admin, event, params) -> fail(params.get("uuid"), event.getRequest().getBody()));
        router.add(RequestMethod.GET, "/ltx/stats", (admin, event, params) -> ok(Map.of("jobs", store.jobCount(),
                "uploads", store.uploadCount())));
        router.add(RequestMethod.GET, "/ltx/webhooks", (admin, event, params) -> ok(views.webhooks()));
        router.add(RequestMethod.GET, "/ltx/drifts", (admin, event, params) -> ok(store.drifts().all()));
    }

    private ResponseDefinition addFault(byte[] body) {
        try {
            JsonNode n = bodies.read(body);
            if (!n.isObject()) {
                throw new Rejection(400, "body: a JSON fault rule is required");
            }
            FaultRule rule = FaultRule.fromJson(n);
            store.addFault(rule);
            return json(201, rule);
        } catch (Rejection r) {
            return error(r.status(), r.getMessage());
        }
    }

    /** Ends an active job now as failed: its status reads say {@code failed}, its slot frees, its webhook goes now. */
    private ResponseDefinition fail(String uuid, byte[] body) {
        String message;
        try {
            message = failureMessage(body);
        } catch (Rejection r) {
            return error(r.status(), r.getMessage());
        }
        MockJob job = store.jobByUuid(uuid).orElse(null);
        if (job == null) {
            return error(404, "uuid: no job " + uuid + " (give the uuid inside the jobId, as GET /__admin/ltx/jobs lists it)");
        }
        if (!store.failNow(job, message)) {
            return error(409, "job " + job.id() + " has already ended (" + job.phaseAt(store.clock().instant())
                    .name().toLowerCase() + "): only an active job can be failed");
        }
        webhooks.schedule(job);
        return ok(JobView.of(job, store.clock().instant()));
    }

    private String failureMessage(byte[] body) {
        if (body == null || body.length == 0) {
            return DEFAULT_FAILURE;
        }
        JsonNode n = bodies.read(body);
        if (n.isMissingNode() || n.isObject() && !n.has("message")) {
            return DEFAULT_FAILURE;
        }
        JsonNode message = n.get("message");
        if (!n.isObject() || !message.isTextual() || message.asText().isBlank()) {
            throw new Rejection(400, "message: must be a non-blank string (the job's failure message)");
        }
        if (message.asText().length() > MAX_FAILURE_CHARS) {
            throw new Rejection(400, "message: must be at most " + MAX_FAILURE_CHARS + " characters");
        }
        return message.asText();
    }

    private ResponseDefinition ok(Object body) {
        return answers.ok(body);
    }

    private ResponseDefinition error(int status, String message) {
        return answers.error(status, message);
    }

    private ResponseDefinition json(int status, Object body) {
        return answers.json(status, body);
    }
}
