package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.ltxflux.mock.http.ErrorBodies;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mock's routes as one table ({@link #TABLE}: name, method, path, responder, priority) and the stubs made from it.
 * A route's stub id and its fault name both derive from its name, so a route added to the table needs nothing else:
 * its stub can be found, protected from deletion and put back after any WireMock reset, and faults can target it.
 */
public final class LtxRoutes {

    /**
     * One route.
     *
     * @param name      its name: the fault route name ({@code X-Ltx-Mock-Fault}, the admin API) and the seed of its stub id
     * @param method    the HTTP method, or null for any
     * @param path      the path regex (matched against the raw, still percent-encoded path)
     * @param responder the transformer that answers it, or null for the health route ({@link HealthRoute})
     * @param priority  WireMock priority (1 first)
     */
    public record Route(String name, RequestMethod method, String path, String responder, int priority) {

        /** The stub id: a name-based UUID, stable across runs and never colliding with another route's. */
        public UUID id() {
            return UUID.nameUUIDFromBytes(("ltxflux-route:" + name).getBytes(StandardCharsets.UTF_8));
        }

        StubMapping stub() {
            if (responder == null) { // the health route: no responder, its own fixed answer
                StubMapping health = HealthRoute.stub();
                health.setId(id());
                health.setName(name);
                return health;
            }
            MappingBuilder m = method == null ? any(urlPathMatching(path)) : request(method.getName(), urlPathMatching(path));
            ResponseDefinitionBuilder answer = aResponse().withTransformers(responder);
            if (ApiNotFoundResponder.NAME.equals(responder)) {
                answer = aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(ErrorBodies.json(404, "Not found: no such route in the LTX Studio API v1")).withTransformers(responder);
            }
            return m.atPriority(priority).withId(id()).withName(name).willReturn(answer).build();
        }
    }

    private static final String API = "/v1/ltxstudio/";

    /**
     * The API routes. Within one priority WireMock tries the newest stub first, so the status read (most requests) is
     * last of the priority-1 routes; the catch-all 404 of the API comes after them all.
     */
    public static final List<Route> TABLE = List.of(
            new Route("submit", RequestMethod.POST, API + "images/(flux-edit|edit)", SubmitResponder.NAME, 1),
            new Route("create", RequestMethod.POST, API + "images/(flux-create|create)", CreateResponder.NAME, 1),
            new Route("upscale", RequestMethod.POST, API + "images/upscale", UpscaleResponder.NAME, 1),
            new Route("upload", RequestMethod.POST, API + "assets/?", UploadResponder.NAME, 1),
            new Route("artifact", RequestMethod.GET, "/artifacts/.+", ArtifactResponder.NAME, 1),
            new Route("assets-list", RequestMethod.GET, API + "assets/?", AssetListResponder.NAME, 1),
            new Route("scheduler", RequestMethod.GET, API + "scheduler/?", SchedulerResponder.NAME, 1),
            new Route("scheduler-available", RequestMethod.GET, API + "scheduler/available/?", SchedulerResponder.NAME, 1),
            new Route("scheduler-stop", RequestMethod.DELETE, API + "scheduler/[^/]+", SchedulerResponder.NAME, 1),
            new Route("accounts", RequestMethod.GET, API + "accounts/?", AccountsResponder.NAME, 1),
            new Route("account-create", RequestMethod.POST, API + "accounts/?", AccountsResponder.NAME, 1),
            new Route("account", RequestMethod.GET, API + "accounts/[^/]+", AccountsResponder.NAME, 1),
            new Route("account-remove", RequestMethod.DELETE, API + "accounts/[^/]+", AccountsResponder.NAME, 1),
            new Route(HealthRoute.NAME, RequestMethod.GET, HealthRoute.PATH, null, 1),
            new Route("status", RequestMethod.GET, API + "assets/.+", JobStatusResponder.NAME, 1),
            new Route(ApiNotFoundResponder.ROUTE, null, API + ".*", ApiNotFoundResponder.NAME, 10));

    /** The route of the mock's own server for every other path (not installed in a user's stock WireMock). */
    static final String NOT_FOUND = "not-found";

    /**
     * The fault route names: every route of the table that a responder answers (each responder applies the faults
     * planned for its route), and {@code any}. The health route alone has none: a probe always reads the truth.
     */
    public static Set<String> faultNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        TABLE.stream().filter(r -> r.responder() != null).forEach(r -> names.add(r.name()));
        names.add("any");
        return Collections.unmodifiableSet(names);
    }

    /** The responders whose requests make (and charge) a job. */
    private static final Set<String> JOB_MAKERS = Set.of(SubmitResponder.NAME, CreateResponder.NAME, UpscaleResponder.NAME);

    /** The fault route names a {@code fail-job} fault may name: every route of the table that makes a job, and {@code any}. */
    public static Set<String> jobRouteNames() {
        Set<String> names = new java.util.LinkedHashSet<>();
        TABLE.stream().filter(r -> r.responder() != null && JOB_MAKERS.contains(r.responder())).forEach(r -> names.add(r.name()));
        names.add("any");
        return Collections.unmodifiableSet(names);
    }

    /**
     * The API routes (edit, create, upscale, upload, job status, artifacts, asset list, scheduler, accounts, a
     * documented-shape 404 for any other API path) and the health route as stubs: the one definition, used by {@link dev.ltxflux.mock.LtxMockServer} and by
     * {@link LtxStubMappings} in a stock WireMock. A fresh copy each call (WireMock mutates the stubs it holds).
     */
    public static List<StubMapping> apiRoutes() {
        return TABLE.stream().map(Route::stub).toList();
    }

    /** The API routes plus the mock's own JSON 404 for every other path (not installed in a user's stock WireMock). */
    public static List<StubMapping> routes() {
        List<StubMapping> all = new ArrayList<>(apiRoutes());
        all.add(any(anyUrl()).atPriority(100).withId(notFoundId()).withName(NOT_FOUND)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(ErrorBodies.json(404, "Not found"))).build());
        return all;
    }

    /** The ids of the LTX routes (the mock's own server: all of {@link #routes()}; a stock WireMock: {@link #apiRoutes()}). */
    public static final Set<UUID> IDS = routes().stream().map(StubMapping::getId).collect(Collectors.toUnmodifiableSet());

    private static UUID notFoundId() {
        return UUID.nameUUIDFromBytes(("ltxflux-route:" + NOT_FOUND).getBytes(StandardCharsets.UTF_8));
    }

    private LtxRoutes() {
    }

    /** Adds every route of the mock's own server ({@link #routes()}) that {@code admin} lacks. */
    public static void ensureInstalled(Admin admin) {
        ensureInstalled(admin, routes());
    }

    /** Adds every one of {@code wanted} that {@code admin} lacks; safe to call concurrently (one caller at a time adds). */
    public static void ensureInstalled(Admin admin, List<StubMapping> wanted) {
        synchronized (LtxRoutes.class) {
            for (StubMapping route : wanted) {
                if (admin.getStubMapping(route.getId()).getItem() == null) {
                    admin.addStubMapping(route);
                }
            }
        }
    }

    /** Whether every one of {@code wanted} is present (cheap enough to ask per request: a lookup by id each). */
    static boolean installed(Admin admin, List<StubMapping> wanted) {
        for (StubMapping route : wanted) {
            if (admin.getStubMapping(route.getId()).getItem() == null) {
                return false;
            }
        }
        return true;
    }
}
