package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.ltxflux.mock.http.ErrorBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The stubs that route the LTX API to the mock's responders, with fixed ids so that they can be found, protected from
 * deletion and put back after any WireMock reset.
 */
public final class LtxRoutes {

    /**
     * The LTX API routes (edit, create, upscale, upload, job status, artifacts, and a documented-shape 404 for any
     * other API path) and the health route ({@link HealthRoute}): the one definition, used by {@link dev.ltxflux.mock.LtxMockServer} and by {@link LtxStubMappings} in a
     * stock WireMock. A fresh copy each call (WireMock mutates the stubs it holds, so nothing here is shared).
     */
    public static List<StubMapping> apiRoutes() {
        return List.of(
            post(urlPathMatching("/v1/ltxstudio/images/(flux-edit|edit)")).atPriority(1).withId(id(1))
                    .willReturn(aResponse().withTransformers(SubmitResponder.NAME)).build(),
            post(urlPathMatching("/v1/ltxstudio/images/(flux-create|create)")).atPriority(1).withId(named("create"))
                    .willReturn(aResponse().withTransformers(CreateResponder.NAME)).build(),
            post(urlPathMatching("/v1/ltxstudio/images/upscale")).atPriority(1).withId(named("upscale"))
                    .willReturn(aResponse().withTransformers(UpscaleResponder.NAME)).build(),
            post(urlPathMatching("/v1/ltxstudio/assets/?")).atPriority(1).withId(id(2))
                    .willReturn(aResponse().withTransformers(UploadResponder.NAME)).build(),
            get(urlPathMatching("/artifacts/.+")).atPriority(1).withId(id(4))
                    .willReturn(aResponse().withTransformers(ArtifactResponder.NAME)).build(),
            // last of the priority-1 routes: WireMock tries the newest first, and status reads are most requests
            get(urlPathMatching("/v1/ltxstudio/assets/.+")).atPriority(1).withId(id(3))
                    .willReturn(aResponse().withTransformers(JobStatusResponder.NAME)).build(),
            any(urlPathMatching("/v1/ltxstudio/.*")).atPriority(10).withId(id(5))
                    .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                            .withBody(ErrorBodies.json(404, "Not found: no such route in the LTX Studio API v1"))
                            .withTransformers(ApiNotFoundResponder.NAME)).build(),
            HealthRoute.stub());
    }

    /** The API routes plus the mock's own JSON 404 for every other path (not installed in a user's stock WireMock). */
    public static List<StubMapping> routes() {
        List<StubMapping> all = new ArrayList<>(apiRoutes());
        all.add(any(anyUrl()).atPriority(100).withId(id(6))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody(ErrorBodies.json(404, "Not found"))).build());
        return all;
    }

    /** The ids of the LTX routes (the mock's own server: all of {@link #routes()}; a stock WireMock: {@link #apiRoutes()}). */
    public static final Set<UUID> IDS = routes().stream().map(StubMapping::getId).collect(Collectors.toUnmodifiableSet());

    private LtxRoutes() {
    }

    /** A route's id derived from its name (never a hand-kept number). */
    private static UUID named(String name) {
        return UUID.nameUUIDFromBytes(("ltxflux-route:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-00000000117" + n);
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
