package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.ExactIntegers;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every paid submit of the mock shares (edit, create, upscale): the body read as JSON or multipart, checked against
 * its request schema with every violation named in one documented 400, the webhook URL vetted, a job made through the
 * one {@link JobStore#createJob} (so the 402 and 429 rules are the same for all), and the answer held for
 * {@code pollForResult} like the real server. Faults planned for the {@code submit} route apply to every one of them.
 */
abstract class PaidSubmitResponder extends LtxResponder {

    /** The fields a multipart body carries as strings and the API must coerce. */
    static final Set<String> INTEGER_FIELDS = Set.of("seed", "pollForResult", "maxJobs", "reference_strength");

    protected final JobStore store;
    private final SchemaCatalog catalog;
    private final WebhookSender webhooks;
    protected final ServerControl control;
    private final RequestBodies bodies = new RequestBodies();

    private final String defaultRoute;

    /** @param route the name of the route in {@link LtxRoutes#TABLE} this responder answers when the stub names none */
    PaidSubmitResponder(String route, JobStore store, SchemaCatalog catalog, Responses responses, FaultInjector faults,
            WebhookSender webhooks, ServerControl control, BearerAuth auth) {
        super(route, responses, faults, auth);
        this.defaultRoute = route;
        this.store = store;
        this.catalog = catalog;
        this.webhooks = webhooks;
        this.control = control;
    }

    @Override
    final ResponseDefinition respond(Request request) {
        return respond(defaultRoute, request);
    }

    /**
     * The answer to a submit on {@code route}: the route name its stub carries (the same name the fault injector matched),
     * which {@link #start} hands on so a {@code fail-job} fault planned for that route fails this job.
     */
    @Override
    abstract ResponseDefinition respond(String route, Request request);

    /** The body's fields, refused (400, every violation named) unless valid Unicode and valid against {@code schema}. */
    ObjectNode validBody(Request request, SchemaName schema) {
        List<String> notIntegers = new ArrayList<>();
        ObjectNode body = bodies.fields(request, INTEGER_FIELDS, notIntegers);
        body.properties().forEach(f -> {
            if (f.getValue().isTextual() && !wellFormed(f.getValue().asText())) {
                throw new Rejection(400, f.getKey() + ": not valid Unicode (an unpaired surrogate)");
            }
        });
        List<String> problems = new ArrayList<>(modelRules(body));
        problems.addAll(notIntegers);
        List<Violation> violations = catalog.violations(schema, body);
        // the schema's if/then form of the model rules names no field: the clearer message above stands for it
        violations.stream().filter(v -> problems.isEmpty() || !v.field().isEmpty())
                .map(v -> (v.field().isEmpty() ? "body" : v.field()) + ": " + v.rule()).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new Rejection(400, problems.stream().distinct().collect(Collectors.joining("; ")));
        }
        String replyUrl = text(body, "replyUrl");
        String refused = replyUrl == null ? null : webhooks.refusal(replyUrl);
        if (refused != null) {
            throw new Rejection(400, "replyUrl: " + refused);
        }
        return body;
    }

    /** The model rules this body breaks, each as {@code field: rule} (a schema states them less clearly); none by default. */
    List<String> modelRules(ObjectNode body) {
        return List.of();
    }

    /** Makes the job (charging the account, taking a slot), schedules its webhook and answers like the API. */
    ResponseDefinition start(String route, Request request, ObjectNode body, String account, EditParameters parameters) {
        Integer maxJobs = intOrNull(body, "maxJobs");
        // the header's fail-job is this request's own: it never goes through the shared plan, where another could take it
        MockJob job = store.createJob(route, account, parameters, maxJobs, FaultInjector.asksJobToFail(request));
        webhooks.schedule(job);
        Integer attempts = intOrNull(body, "pollForResult");
        return attempts != null ? heldAnswer(job, attempts) : created(job, 0);
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

    /** The upload named by {@code field} in {@code account}; a 400 naming the field when it is unknown; null when unset. */
    StoredUpload requireAsset(ObjectNode body, String field, String account) {
        String id = text(body, field);
        if (id == null) {
            return null;
        }
        return store.upload(id, account).orElseThrow(() -> new Rejection(400,
                field + ": asset " + id + " not found in account " + account + " (upload it with POST assets/?type=reference-image)"));
    }

    /** An integer field of a body its schema has judged, read exactly ({@link ExactIntegers}); null when absent. */
    static Long longOrNull(JsonNode body, String field) {
        return ExactIntegers.field(body, field, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** The same for a field the schema holds to an int. */
    static Integer intOrNull(JsonNode body, String field) {
        Long v = ExactIntegers.field(body, field, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return v == null ? null : v.intValue();
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
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
}
