package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.extension.LtxRoutes;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults by route: a plan may name every route of {@link LtxRoutes#TABLE} that a responder answers, and a fault planned
 * for a route hits that route's requests; {@code fail-job} fails the next job made on its own route (edit, create and
 * upscale alike), and is refused for a route that makes no job.
 */
class FaultRoutesTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.maxJobs(50).jobDuration(Duration.ofSeconds(10))).withManualClock();

    private final MockCalls api = new MockCalls(ltx);

    @AfterEach
    void clearFaults() {
        ltx.admin().clearFaults();
    }

    private HttpResponse<byte[]> fault(String json) {
        return Http.postJson(ltx.server().origin() + "/__admin/ltx/faults", null, json);
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return Http.postJson(ltx.baseUrl() + path, ltx.token(), json);
    }

    private String completedEdit() {
        String id = api.submitJob("");
        ltx.advance(Duration.ofSeconds(10));
        return id;
    }

    /** A valid request on each job-making route; returns its job id. */
    private String submitOn(String route) {
        HttpResponse<byte[]> r = switch (route) {
            case "submit" -> post("/images/flux-edit", "{\"prompt\":\"p\",\"referenceAssetId\":\"" + api.uploadPng() + "\"}");
            case "create" -> post("/images/create", "{\"prompt\":\"a lighthouse\",\"seed\":3}");
            case "upscale" -> post("/images/upscale", "{\"jobId\":\"" + completedEdit() + "\"}");
            default -> throw new IllegalArgumentException(route);
        };
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return Http.json(r).get("jobId").asText();
    }

    private String phase(String jobId) {
        return ltx.admin().job(jobId).orElseThrow().phase();
    }

    @ParameterizedTest(name = "a fail-job fault planned for {0} fails the next {0} job")
    @ValueSource(strings = {"submit", "create", "upscale"})
    void aFailJobFaultForARouteFailsTheNextJobOfThatRoute(String route) {
        String before = submitOn(route);
        assertThat(fault("{\"route\":\"" + route + "\",\"action\":\"fail-job\"}").statusCode()).isEqualTo(201);
        String failing = submitOn(route);
        String after = submitOn(route);
        ltx.advance(Duration.ofSeconds(10));
        assertThat(phase(before)).isEqualTo("completed");
        assertThat(phase(failing)).as("the planned fault is found for a " + route + " job").isEqualTo("failed");
        assertThat(phase(after)).as("used once").isEqualTo("completed");
        var read = Http.json(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(failing), ltx.token()));
        assertThat(read.at("/status/type").asText()).isEqualTo("failed");
        assertThat(ltx.admin().faults()).isEmpty();
    }

    @Test
    void aFailJobFaultForCreateWaitsForACreateAndLeavesEditsAndUpscalesAlone() {
        fault("{\"route\":\"create\",\"action\":\"fail-job\"}");
        String edit = submitOn("submit");
        String upscale = submitOn("upscale");
        assertThat(ltx.admin().faults()).as("still planned: no create came").hasSize(1);
        String create = submitOn("create");
        ltx.advance(Duration.ofSeconds(10));
        assertThat(phase(edit)).isEqualTo("completed");
        assertThat(phase(upscale)).isEqualTo("completed");
        assertThat(phase(create)).isEqualTo("failed");
    }

    @Test
    void aFailJobFaultForSubmitOrAnyFailsTheNextPaidJobWhateverItsRoute() {
        String source = completedEdit();
        fault("{\"route\":\"submit\",\"action\":\"fail-job\"}");
        String create = submitOn("create");
        fault("{\"route\":\"any\",\"action\":\"fail-job\"}");
        HttpResponse<byte[]> r = post("/images/upscale", "{\"jobId\":\"" + source + "\"}");
        String upscale = Http.json(r).get("jobId").asText();
        ltx.advance(Duration.ofSeconds(10));
        assertThat(phase(create)).isEqualTo("failed");
        assertThat(phase(upscale)).isEqualTo("failed");
    }

    @ParameterizedTest(name = "the fail-job header fails a job of {0}")
    @ValueSource(strings = {"/images/create", "/images/upscale"})
    void theFailJobHeaderFailsThatRequestsJobOnAnyPaidRoute(String path) {
        String body = path.endsWith("create") ? "{\"prompt\":\"a castle\"}" : "{\"jobId\":\"" + completedEdit() + "\"}";
        HttpResponse<byte[]> r = Http.send(Http.request(ltx.baseUrl() + path, ltx.token()).header("X-Ltx-Mock-Fault", "fail-job")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        String id = Http.json(r).get("jobId").asText();
        assertThat(ltx.admin().faults()).as("the header's fault is the request's own, never planned for others").isEmpty();
        String next = submitOn("create");
        ltx.advance(Duration.ofSeconds(10));
        assertThat(phase(id)).isEqualTo("failed");
        assertThat(phase(next)).isEqualTo("completed");
    }

    @Test
    void theDashboardsFailThisJobFailsAnActiveCreateAndUpscaleJob() {
        String upscale = submitOn("upscale");
        String create = submitOn("create");
        assertThat(ltx.admin().failJob(create).phase()).isEqualTo("failed");
        assertThat(ltx.admin().failJob(upscale).phase()).isEqualTo("failed");
        assertThat(Http.json(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(upscale), ltx.token()))
                .at("/status/type").asText()).isEqualTo("failed");
    }

    @Test
    void aFailJobFaultOnARouteThatMakesNoJobIsRefusedNamingTheRoutesThatDo() {
        HttpResponse<byte[]> r = fault("{\"route\":\"status\",\"action\":\"fail-job\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.json(r).get("error").asText()).startsWith("route: fail-job fails the next job made on its route")
                .contains("any, create, submit, upscale").contains("(status makes no job)");
        assertThat(ltx.admin().faults()).isEmpty();
    }

    /** One request per fault route name; a route added to the table without a line here fails the test below. */
    private static final Map<String, Function<String, HttpRequest.Builder>> SAMPLES = samples();

    private static Map<String, Function<String, HttpRequest.Builder>> samples() {
        Map<String, Function<String, HttpRequest.Builder>> m = new LinkedHashMap<>();
        String json = "{}";
        m.put("submit", base -> postRequest(base + "/v1/ltxstudio/images/flux-edit", json));
        m.put("create", base -> postRequest(base + "/v1/ltxstudio/images/create", json));
        m.put("upscale", base -> postRequest(base + "/v1/ltxstudio/images/upscale", json));
        m.put("upload", base -> postRequest(base + "/v1/ltxstudio/assets/?type=reference-image", json));
        m.put("artifact", base -> getRequest(base + "/artifacts/jobs/nope.png"));
        m.put("assets-list", base -> getRequest(base + "/v1/ltxstudio/assets/"));
        m.put("scheduler", base -> getRequest(base + "/v1/ltxstudio/scheduler/"));
        m.put("scheduler-available", base -> getRequest(base + "/v1/ltxstudio/scheduler/available"));
        m.put("scheduler-stop", base -> getRequest(base + "/v1/ltxstudio/scheduler/nope").DELETE());
        m.put("accounts", base -> getRequest(base + "/v1/ltxstudio/accounts/"));
        m.put("account-create", base -> postRequest(base + "/v1/ltxstudio/accounts/", json));
        m.put("account", base -> getRequest(base + "/v1/ltxstudio/accounts/a%40b.c"));
        m.put("account-remove", base -> getRequest(base + "/v1/ltxstudio/accounts/a%40b.c").DELETE());
        m.put("status", base -> getRequest(base + "/v1/ltxstudio/assets/nope"));
        m.put("api-not-found", base -> getRequest(base + "/v1/ltxstudio/videos/nope"));
        return m;
    }

    private static HttpRequest.Builder getRequest(String url) {
        return Http.request(url, null).GET();
    }

    private static HttpRequest.Builder postRequest(String url, String json) {
        return Http.request(url, null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void aStatusFaultCanBePlannedForEveryRouteOfTheTableAndHitsThatRouteOnly() {
        assertThat(SAMPLES.keySet()).as("a sample request for every fault route of the table")
                .containsExactlyInAnyOrderElementsOf(LtxRoutes.faultNames().stream().filter(n -> !"any".equals(n)).toList());
        for (String route : SAMPLES.keySet()) {
            assertThat(fault("{\"route\":\"" + route + "\",\"action\":\"status\",\"status\":596}").statusCode())
                    .as("plan accepts " + route).isEqualTo(201);
            for (var other : SAMPLES.entrySet()) {
                HttpResponse<byte[]> r = Http.send(other.getValue().apply(ltx.server().origin())
                        .header("Authorization", "Bearer " + ltx.token()).build());
                if (other.getKey().equals(route)) {
                    assertThat(r.statusCode()).as("the fault for " + route + " hits " + route + ": " + Http.text(r)).isEqualTo(596);
                } else {
                    assertThat(r.statusCode()).as("the fault for " + route + " leaves " + other.getKey() + " alone").isNotEqualTo(596);
                }
            }
            assertThat(ltx.admin().faults()).as("used by its one request").isEmpty();
        }
    }
}
