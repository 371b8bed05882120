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
import dev.ltxflux.mock.state.ControllableClock;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.mock.state.RequestRecord;
import dev.ltxflux.mock.state.StoredUpload;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Map;

/**
 * The dashboard at {@code /__admin/ltx/ui} (plain HTML, CSS and a little JavaScript from the classpath, polling the
 * admin API) and the admin routes it needs beyond {@link LtxAdminApi}: {@code uploads}, {@code requests}, {@code clock}
 * (GET; POST {@code {"advance":"PT5S"}}, {@code {"advanceMillis":5000}}, {@code {"freeze":true|false}}) and
 * {@code artifact/{uuid}} (a redirect to a freshly signed link of a completed job's image).
 */
public final class DashboardResource implements AdminApiExtension {

    public static final String NAME = "ltx-dashboard";
    private static final String UI = "/dev/ltxflux/mock/ui/";
    private static final Map<String, String> FILES = Map.of("app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");
    /** The page loads only its own files and talks only to its own origin. */
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final JobStore store;
    private final ArtifactLinks links;
    private final ObjectMapper json = new ObjectMapper();

    public DashboardResource(JobStore store, ArtifactLinks links) {
        this.store = store;
        this.links = links;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/ltx/ui", (admin, event, params) -> file("index.html", "text/html; charset=utf-8"));
        router.add(RequestMethod.GET, "/ltx/ui/{file}", (admin, event, params) -> {
            String type = FILES.get(params.get("file"));
            return type == null ? error(404, "file: no such dashboard file") : file(params.get("file"), type);
        });
        router.add(RequestMethod.GET, "/ltx/uploads", (admin, event, params) -> ok(uploads()));
        router.add(RequestMethod.GET, "/ltx/requests", (admin, event, params) -> ok(requests()));
        router.add(RequestMethod.GET, "/ltx/clock", (admin, event, params) -> ok(clockState()));
        router.add(RequestMethod.POST, "/ltx/clock", (admin, event, params) -> moveClock(event.getRequest().getBody()));
        router.add(RequestMethod.GET, "/ltx/artifact/{uuid}", (admin, event, params) -> artifact(params.get("uuid")));
    }

    private ResponseDefinition file(String name, String contentType) {
        try (InputStream in = DashboardResource.class.getResourceAsStream(UI + name)) {
            if (in == null) {
                return error(404, "file: " + name + " is missing from the mock's jar");
            }
            return responseDefinition().withStatus(200).withHeader("Content-Type", contentType)
                    .withHeader("Content-Security-Policy", CSP).withHeader("X-Content-Type-Options", "nosniff")
                    .withHeader("Referrer-Policy", "no-referrer").withHeader("Cache-Control", "no-store")
                    .withBody(in.readAllBytes()).build();
        } catch (IOException e) {
            return error(500, "file: " + name + " could not be read");
        }
    }

    private ArrayNode uploads() {
        Instant expires = store.clock().instant().plus(store.config().storage().artifactTtl());
        ArrayNode out = json.createArrayNode();
        store.uploads().all().stream().sorted(Comparator.comparing(StoredUpload::createdAt)).forEach(u -> out.addObject()
                .put("fileId", u.fileId()).put("account", u.account()).put("mimeType", u.mimeType())
                .put("bytes", u.bytes().length).put("createdAt", u.createdAt().toString())
                .put("url", links.url("", u.name(), expires)));
        return out;
    }

    private ArrayNode requests() {
        ArrayNode out = json.createArrayNode();
        for (RequestRecord r : store.requests().all()) {
            out.addObject().put("method", r.method()).put("url", r.url()).put("status", r.status()).put("millis", r.millis())
                    .put("at", r.at().toString()).put("contentType", r.contentType()).put("bodyBytes", r.bodyBytes())
                    .put("body", r.body());
        }
        return out;
    }

    private ObjectNode clockState() {
        ObjectNode out = json.createObjectNode().put("now", store.clock().instant().toString());
        if (store.clock() instanceof ControllableClock c) {
            out.put("controllable", true).put("frozen", c.isFrozen()).put("offsetMillis", c.offset().toMillis());
        } else {
            out.put("controllable", false);
        }
        return out;
    }

    private ResponseDefinition moveClock(byte[] body) {
        if (!(store.clock() instanceof ControllableClock clock)) {
            return error(409, "clock: this mock was given a fixed clock");
        }
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (IOException e) {
            return error(400, "body: malformed JSON");
        }
        if (n == null || !n.isObject() || !(n.has("advance") || n.has("advanceMillis") || n.has("freeze"))) {
            return error(400, "body: give {\"advance\":\"PT5S\"}, {\"advanceMillis\":5000} or {\"freeze\":true|false}");
        }
        Duration amount = Duration.ZERO;
        try {
            if (n.has("advance")) {
                amount = Duration.parse(n.get("advance").asText());
            } else if (n.has("advanceMillis")) {
                if (!n.get("advanceMillis").canConvertToLong()) {
                    return error(400, "advanceMillis: must be a whole number of milliseconds");
                }
                amount = Duration.ofMillis(n.get("advanceMillis").asLong());
            }
        } catch (DateTimeParseException e) {
            return error(400, "advance: must be an ISO-8601 duration such as PT5S or PT1M");
        }
        if (amount.isNegative()) {
            return error(400, "advance: must not be negative (time does not go back)");
        }
        if (n.has("freeze")) {
            if (n.get("freeze").asBoolean()) {
                clock.freeze();
            } else {
                clock.resume();
            }
        }
        clock.advance(amount);
        return ok(clockState());
    }

    private ResponseDefinition artifact(String uuid) {
        Instant now = store.clock().instant();
        return store.jobByUuid(uuid).filter(j -> j.phaseAt(now) == Phase.COMPLETED)
                .map(j -> responseDefinition().withStatus(302).withHeader("Location", signedArtifact(j, now))
                        .withHeader("Cache-Control", "no-store").build())
                .orElseGet(() -> error(404, "uuid: no completed job " + uuid));
    }

    private String signedArtifact(MockJob job, Instant now) {
        return links.url("", "jobs/" + job.uuid() + ".png", now.plus(store.config().storage().artifactTtl()));
    }

    private ResponseDefinition ok(JsonNode body) {
        try {
            return responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("Cache-Control", "no-store").withBody(json.writeValueAsBytes(body)).build();
        } catch (IOException e) {
            return error(500, "could not write JSON");
        }
    }

    private ResponseDefinition error(int status, String message) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(json.createObjectNode().put("error", message).put("code", status).toString()).build();
    }
}
