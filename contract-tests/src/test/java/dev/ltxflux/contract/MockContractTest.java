package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Legs 3 and 4, mock → schemas and mock → OpenAPI: every answer the mock can give is produced over HTTP and checked
 * against its schema or documented form; every operation and status in {@code openapi.yaml} has such a scenario, and
 * every route the mock serves is in {@code openapi.yaml}.
 */
class MockContractTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final byte[] PNG = ImageEditor.sample(48, 32);
    private static LtxMockServer mock;
    private static LtxMockServer tight;

    /** One way to make the mock answer: the operation and status it covers, and the call. */
    record Scenario(String operation, int status, String name, Supplier<HttpResponse<String>> call) {
    }

    @BeforeAll
    static void start() {
        mock = new LtxMockServer(MockConfig.forTests()).start();
        tight = new LtxMockServer(MockConfig.forTests().toBuilder().credits(1).maxJobs(1).jobDuration(Duration.ofSeconds(30)).build()).start();
    }

    @AfterAll
    static void stop() {
        mock.stop();
        tight.stop();
    }

    static HttpResponse<String> call(LtxMockServer server, String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + server.token());
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return MockAdmin.send(b.build());
    }

    static String upload(LtxMockServer server) {
        try {
            return Fixtures.JSON.readTree(call(server, "POST", "/assets/?type=reference-image", "image/png", PNG).body()).at("/asset/fileId").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static HttpResponse<String> submit(LtxMockServer server, String extra, String... headers) {
        String body = "{\"prompt\":\"p\",\"referenceAssetId\":\"" + upload(server) + "\"" + extra + "}";
        return call(server, "POST", "/images/flux-edit", "application/json", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static HttpResponse<String> post(LtxMockServer server, String path, String json) {
        return call(server, "POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static String jobId(HttpResponse<String> created) {
        try {
            return Fixtures.JSON.readTree(created.body()).get("jobId").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static HttpResponse<String> status(String jobId) {
        return call(mock, "GET", "/assets/" + URLEncoder.encode(jobId, StandardCharsets.UTF_8), null, null);
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        for (String op : List.of("fluxEdit", "edit")) {
            String path = op.equals("fluxEdit") ? "/images/flux-edit" : "/images/edit";
            s.add(new Scenario(op, 200, "ticket", () -> call(mock, "POST", path, "application/json",
                    ("{\"prompt\":\"p\",\"referenceAssetId\":\"" + upload(mock) + "\"}").getBytes(StandardCharsets.UTF_8))));
            s.add(new Scenario(op, 200, "pollForResult finished", () -> submit(mock, ",\"pollForResult\":10")));
            s.add(new Scenario(op, 200, "pollForResult ran out", () -> submit(mock, ",\"pollForResult\":1")));
            s.add(new Scenario(op, 400, "invalid field", () -> call(mock, "POST", path, "application/json", "{\"prompt\":\"\"}".getBytes())));
            s.add(new Scenario(op, 400, "malformed JSON", () -> call(mock, "POST", path, "application/json", "{".getBytes())));
            s.add(new Scenario(op, 401, "no token", () -> MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build())));
            s.add(new Scenario(op, 402, "credits exhausted", () -> {
                tight.reset();
                submit(tight, "");
                return submit(tight, ",\"maxJobs\":5");
            }));
            s.add(new Scenario(op, 429, "concurrency limit", () -> {
                tight.reset();
                submit(tight, "");
                return submit(tight, "");
            }));
        }
        for (String op : List.of("create", "fluxCreate")) {
            String path = op.equals("create") ? "/images/create" : "/images/flux-create";
            s.add(new Scenario(op, 200, "ticket", () -> post(mock, path, "{\"prompt\":\"p\",\"style\":\"anime\"}")));
            s.add(new Scenario(op, 200, "pollForResult finished, with a reference", () -> post(mock, path,
                    "{\"prompt\":\"p\",\"referenceAssetId\":\"" + upload(mock) + "\",\"reference_strength\":70,\"pollForResult\":10}")));
            s.add(new Scenario(op, 400, "every field named", () -> post(mock, path, "{\"prompt\":\"\",\"model\":\"nano-banana\",\"style\":\"pop\"}")));
            s.add(new Scenario(op, 401, "no token", () -> MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build())));
            s.add(new Scenario(op, 402, "credits exhausted", () -> {
                tight.reset();
                post(tight, path, "{\"prompt\":\"p\"}");
                return post(tight, path, "{\"prompt\":\"p\",\"maxJobs\":5}");
            }));
            s.add(new Scenario(op, 429, "concurrency limit", () -> {
                tight.reset();
                post(tight, path, "{\"prompt\":\"p\"}");
                return post(tight, path, "{\"prompt\":\"p\"}");
            }));
        }
        s.add(new Scenario("upscale", 200, "of a completed edit", () -> post(mock, "/images/upscale",
                "{\"jobId\":\"" + jobId(submit(mock, ",\"pollForResult\":10")) + "\"}")));
        s.add(new Scenario("upscale", 400, "source still active", () -> post(mock, "/images/upscale",
                "{\"jobId\":\"" + jobId(submit(mock, "")) + "\"}")));
        s.add(new Scenario("upscale", 401, "no token", () -> MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/images/upscale"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build())));
        s.add(new Scenario("upscale", 402, "credits exhausted", () -> {
            tight.reset();
            String id = jobId(submit(tight, ""));
            tight.clock().advance(Duration.ofSeconds(31));
            return post(tight, "/images/upscale", "{\"jobId\":\"" + id + "\"}");
        }));
        s.add(new Scenario("upscale", 404, "unknown job", () -> post(mock, "/images/upscale",
                "{\"jobId\":\"email:user@example.com-job:unknown-type:image\"}")));
        s.add(new Scenario("upscale", 429, "injected", () -> call(mock, "POST", "/images/upscale", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8), "X-Ltx-Mock-Fault", "429")));
        s.add(new Scenario("uploadAsset", 200, "png", () -> call(mock, "POST", "/assets/?type=reference-image", "image/png", PNG)));
        s.add(new Scenario("uploadAsset", 400, "empty body", () -> call(mock, "POST", "/assets/", "image/png", new byte[0])));
        s.add(new Scenario("uploadAsset", 401, "no token", () -> MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/assets/"))
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(PNG)).build())));
        s.add(new Scenario("uploadAsset", 413, "too large", () -> call(mock, "POST", "/assets/", "image/png",
                new byte[(int) MockConfig.DEFAULT_MAX_UPLOAD_BYTES + 1])));
        s.add(new Scenario("getJob", 200, "active", () -> status(jobId(submit(mock, "")))));
        s.add(new Scenario("getJob", 200, "completed without artifact, then completed", () -> {
            String id = jobId(submit(mock, ""));
            sleep(mock.config().jobs().duration().plusMillis(100));
            status(id);
            return status(id);
        }));
        s.add(new Scenario("getJob", 200, "failed", () -> {
            String id = jobId(submit(mock, "", "X-Ltx-Mock-Fault", "fail-job"));
            sleep(mock.config().jobs().duration().plusMillis(100));
            return status(id);
        }));
        s.add(new Scenario("getJob", 400, "injected", () -> call(mock, "GET", "/assets/x", null, null, "X-Ltx-Mock-Fault", "400")));
        s.add(new Scenario("getJob", 401, "no token", () -> MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/assets/x")).GET().build())));
        s.add(new Scenario("getJob", 404, "unknown job", () -> status("email:user@example.com-job:unknown-type:image")));
        s.add(new Scenario("getJob", 429, "injected", () -> call(mock, "GET", "/assets/x", null, null, "X-Ltx-Mock-Fault", "429")));
        ResourceScenarios.add(s, mock, tight);
        return s;
    }

    /** How openapi.yaml documents an operation's answer with this status: its schema(s) or its plain-text sentence. */
    private static JsonNode documented(JsonNode openapi, String operation, int status) {
        for (Map.Entry<String, JsonNode> path : openapi.get("paths").properties()) {
            for (JsonNode op : path.getValue()) {
                if (operation.equals(op.path("operationId").asText())) {
                    JsonNode response = op.path("responses").path(Integer.toString(status));
                    return response.has("$ref") ? openapi.at("/components/responses/" + response.get("$ref").asText().replace("#/components/responses/", "")) : response;
                }
            }
        }
        return null;
    }

    private static JsonNode openapi() throws java.io.IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(SchemaCatalog.resource("openapi.yaml"));
    }

    @TestFactory
    Stream<DynamicTest> everyMockAnswerMatchesItsDocumentedForm() throws Exception {
        JsonNode openapi = openapi();
        return scenarios().stream().map(sc -> DynamicTest.dynamicTest(sc.operation() + " " + sc.status() + " (" + sc.name() + ")", () -> {
            HttpResponse<String> r = sc.call().get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(sc.status());
            JsonNode doc = documented(openapi, sc.operation(), sc.status());
            assertThat(doc).as("openapi.yaml documents " + sc.operation() + " " + sc.status()).isNotNull();
            JsonNode content = doc.path("content");
            if (sc.status() == 204) {
                assertThat(content.isMissingNode()).as("a 204 documents no body").isTrue();
                assertThat(r.body()).isEmpty();
                return;
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (content.has("text/plain")) {
                assertThat(type).startsWith("text/plain");
                assertThat(r.body()).isEqualTo(content.at("/text~1plain/schema/const").asText());
                return;
            }
            assertThat(type).startsWith("application/json");
            JsonNode body = Fixtures.JSON.readTree(r.body());
            List<SchemaName> candidates = schemasOf(content.at("/application~1json/schema"));
            assertThat(candidates).as("schemas documented for " + sc.operation() + " " + sc.status()).isNotEmpty();
            assertThat(candidates).as(r.body()).anySatisfy(schema -> assertThat(SCHEMAS.problems(schema, body)).isEmpty());
            if (sc.status() == 429) {
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            }
            assertThat(mock.store().drifts().all()).as("strict-mode drifts").isEmpty();
        }));
    }

    private static List<SchemaName> schemasOf(JsonNode schema) {
        List<SchemaName> out = new ArrayList<>();
        if (schema.has("$ref")) {
            for (SchemaName n : SchemaName.values()) {
                if (schema.get("$ref").asText().equals(n.file())) {
                    out.add(n);
                }
            }
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            schema.path(combinator).forEach(sub -> out.addAll(schemasOf(sub)));
        }
        return out;
    }

    @Test
    void everyDocumentedOperationAndStatusHasAScenario() throws Exception {
        JsonNode openapi = openapi();
        Map<String, List<Integer>> covered = new LinkedHashMap<>();
        scenarios().forEach(sc -> covered.computeIfAbsent(sc.operation(), k -> new ArrayList<>()).add(sc.status()));
        List<String> missing = new ArrayList<>();
        openapi.get("paths").forEach(item -> item.forEach(op -> op.path("responses").fieldNames().forEachRemaining(status -> {
            if (!covered.getOrDefault(op.path("operationId").asText(), List.of()).contains(Integer.parseInt(status))) {
                missing.add(op.path("operationId").asText() + " " + status);
            }
        })));
        assertThat(missing).as("documented answers the mock was never made to give").isEmpty();
    }

    @Test
    void everyRouteTheMockServesIsInTheOpenApiDocument() throws Exception {
        JsonNode openapi = openapi();
        List<String> examples = new ArrayList<>();
        openapi.get("paths").fieldNames().forEachRemaining(p -> examples.add("/v1/ltxstudio" + p.replace("{jobId}", "email%3Ax")
                .replace("{email}", "user@example.com")));
        List<String> undocumented = new ArrayList<>();
        for (JsonNode mapping : new MockAdmin(mock.origin()).mappings()) {
            String pattern = mapping.at("/request/urlPathPattern").asText();
            boolean catchAll = mapping.path("priority").asInt() >= 10;
            boolean mockOnly = pattern.startsWith("/artifacts/") || mapping.at("/request/urlPath").asText().equals("/__health");
            if (!catchAll && !mockOnly && examples.stream().noneMatch(e -> e.matches(pattern))) {
                undocumented.add(mapping.at("/request/method").asText() + " " + pattern);
            }
        }
        assertThat(undocumented).isEmpty();
        assertThat(openapi.at("/info/x-ltxflux-mock-only-routes").toString()).contains("/artifacts/{name}", "/__health");
    }

    @Test
    void strictModeSawNoDriftAcrossAllScenarios() {
        assertThat(mock.store().drifts().all()).isEmpty();
        assertThat(tight.store().drifts().all()).isEmpty();
        assertThat(Optional.ofNullable(mock.store().config()).map(c -> c.jobs().strict())).contains(true);
    }
}
