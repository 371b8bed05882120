package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The job chain in {@code openapi.yaml} is what the mock does: the submit operations declare a callback keyed by
 * {@code {$request.body#/replyUrl}}, the mock POSTs to exactly that URL a body the callback's schema accepts, and the
 * links lead from the submit answer to the status read (by jobId) and from the status to the artifact.
 */
class CallbackContractTest {

    private static final String KEY = "{$request.body#/replyUrl}";

    private static JsonNode openapi() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(SchemaCatalog.resource("openapi.yaml"));
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        return node.has("$ref") && node.get("$ref").asText().startsWith("#/") ? doc.at(node.get("$ref").asText().substring(1)) : node;
    }

    /** The schema file the callback's request body names. */
    private static SchemaName callbackSchema(JsonNode doc, String operationPath) {
        JsonNode callback = resolve(doc, doc.at(operationPath + "/callbacks/jobFinished"));
        assertThat(callback.has(KEY)).as(operationPath + " keys its callback by " + KEY).isTrue();
        String ref = callback.get(KEY).at("/post/requestBody/content/application~1json/schema/$ref").asText();
        for (SchemaName name : SchemaName.values()) {
            if (name.file().equals(ref)) {
                return name;
            }
        }
        throw new AssertionError("the callback names no shipped schema: '" + ref + "'");
    }

    @Test
    void everySubmitDeclaresTheCallbackAndTheMocksWebhookMatchesItsSchemaAndUrl() throws Exception {
        JsonNode doc = openapi();
        SchemaName fluxEdit = callbackSchema(doc, "/paths/~1images~1flux-edit/post");
        assertThat(callbackSchema(doc, "/paths/~1images~1edit/post")).isEqualTo(fluxEdit);

        BlockingQueue<String[]> received = new ArrayBlockingQueue<>(4);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            received.offer(new String[] {exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (LtxMockServer mock = new LtxMockServer(MockConfig.forTests()).start()) {
            String replyUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/ltx/cb?ref=7";
            ObjectNode request = Fixtures.JSON.createObjectNode().put("prompt", "Add fog")
                    .put("referenceAssetId", JobStore.EXAMPLE_ASSET_ID).put("replyUrl", replyUrl).put("replyRef", "r-1");
            HttpResponse<String> created = MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/images/flux-edit"))
                    .header("Authorization", "Bearer " + mock.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            String jobId = Fixtures.JSON.readTree(created.body()).get("jobId").asText();
            mock.clock().advance(Duration.ofSeconds(1));

            String[] call = received.poll(10, TimeUnit.SECONDS);
            assertThat(call).as("the mock called back").isNotNull();
            // the runtime expression, evaluated on the request the client sent, is where the mock sent it
            String target = request.at(KEY.substring("{$request.body#".length(), KEY.length() - 1)).asText();
            assertThat(call[0]).isEqualTo("POST");
            assertThat("http://127.0.0.1:" + receiver.getAddress().getPort() + call[1]).isEqualTo(target);
            JsonNode body = Fixtures.JSON.readTree(call[2]);
            assertThat(body.get("jobId").asText()).isEqualTo(jobId);
            SchemaCatalog schemas = new SchemaCatalog();
            assertThat(schemas.problems(fluxEdit, body)).as(call[2]).isEmpty();
            // and the schema is strict enough to refuse a callback the mock must never send
            ObjectNode broken = body.deepCopy();
            ((ObjectNode) broken.get("status")).put("type", "finished");
            assertThat(schemas.problems(fluxEdit, broken)).isNotEmpty();
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void linksLeadFromTheSubmitAnswerToTheStatusAndFromTheStatusToTheArtifact() throws Exception {
        JsonNode doc = openapi();
        JsonNode submission = resolve(doc, doc.at("/paths/~1images~1flux-edit/post/responses/200"));
        JsonNode toStatus = submission.at("/links/getJob");
        assertThat(toStatus.get("operationId").asText()).isEqualTo("getJob");
        assertThat(toStatus.at("/parameters/jobId").asText()).isEqualTo("$response.body#/jobId");
        assertThat(doc.at("/paths/~1assets~1{jobId}/get/parameters/0/name").asText()).isEqualTo("jobId");

        JsonNode toArtifact = doc.at("/paths/~1assets~1{jobId}/get/responses/200/links/downloadArtifact");
        assertThat(toArtifact.at("/parameters/assetUrl").asText()).isEqualTo("$response.body#/status/artifact/assetUrl");
        String ref = toArtifact.get("operationRef").asText();
        assertThat(doc.at(ref.substring(1)).path("responses").has("200")).as(ref + " is an operation of this document").isTrue();
        // the pointers the links use exist in the schemas' examples' shapes: jobId on the created answer, the artifact on a job
        JsonNode created = doc.at("/components/responses/Submission/content/application~1json/examples/created/value");
        JsonNode done = doc.at("/components/responses/Submission/content/application~1json/examples/pollForResultCompleted/value");
        assertThat(created.at("/jobId").isTextual()).isTrue();
        assertThat(done.at("/status/artifact/assetUrl").isTextual()).isTrue();
    }
}
