package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.extension.ArtifactLinks;
import dev.ltxflux.mock.extension.Responses;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schemas are validated as JSON Schema 2020-12, not as draft-07 (a known trap of tools that accept OpenAPI 3.1):
 * {@code unevaluatedProperties}, which only 2019-09/2020-12 have, is enforced by the contract module's validator and by
 * the mock's strict mode. The job schema is tightened in a copy to {@code allOf: [job] + unevaluatedProperties: false},
 * which {@code additionalProperties} cannot express (it does not see into {@code allOf}).
 */
class Draft202012EnforcedTest {

    @TempDir
    static Path dir;
    private static JsonNode realJob;

    @BeforeAll
    static void aRealJobAndATightenedCopyOfTheSchemas() throws Exception {
        for (SchemaName name : SchemaName.values()) {
            Files.write(dir.resolve(name.file()), SchemaCatalog.resource(name.file()));
        }
        Files.write(dir.resolve("defs.schema.json"), SchemaCatalog.resource("defs.schema.json"));
        Files.writeString(dir.resolve("job.schema.json"), tightened("https://json-schema.org/draft/2020-12/schema"));
        try (LtxMockServer mock = new LtxMockServer(MockConfig.forTests()).start()) {
            String created = MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/images/flux-edit"))
                    .header("Authorization", "Bearer " + mock.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"p\",\"referenceAssetId\":\"" + JobStore.EXAMPLE_ASSET_ID + "\"}"))
                    .build()).body();
            String jobId = Fixtures.JSON.readTree(created).get("jobId").asText();
            realJob = Fixtures.JSON.readTree(MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/assets/"
                    + URLEncoder.encode(jobId, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + mock.token()).build()).body());
        }
        assertThat(realJob.at("/status/type").isTextual()).as(realJob.toString()).isTrue();
    }

    /** job.schema.json as {@code allOf: [original], unevaluatedProperties: false}, under the given dialect. */
    private static String tightened(String dialect) throws Exception {
        ObjectNode original = (ObjectNode) Fixtures.JSON.readTree(SchemaCatalog.resource("job.schema.json"));
        String id = original.get("$id").asText();
        original.remove(List.of("$schema", "$id"));
        ObjectNode root = Fixtures.JSON.createObjectNode().put("$schema", dialect).put("$id", id);
        root.putArray("allOf").add(original);
        root.put("unevaluatedProperties", false);
        return root.toString();
    }

    private static ObjectNode withSurprise() {
        ObjectNode body = realJob.deepCopy();
        body.put("surprise", 1);
        return body;
    }

    @Test
    void theContractValidatorEnforcesUnevaluatedPropertiesThroughAllOf() {
        SchemaCatalog tight = SchemaCatalog.fromDirectory(dir);
        assertThat(tight.problems(SchemaName.JOB, realJob)).as("properties evaluated inside allOf count").isEmpty();
        List<SchemaCatalog.Violation> refused = tight.violations(SchemaName.JOB, withSurprise());
        assertThat(refused).singleElement().satisfies(v -> assertThat(v.keyword()).isEqualTo("unevaluatedProperties"));
        assertThat(refused.get(0).toString()).contains("surprise");
        assertThat(new SchemaCatalog().problems(SchemaName.JOB, withSurprise())).as("the shipped schema allows unknown fields").isEmpty();
    }

    @Test
    void theMocksStrictModeEnforcesItToo() {
        JobStore store = new JobStore(MockConfig.forTests(), Clock.systemUTC());
        Responses strict = new Responses(store, SchemaCatalog.fromDirectory(dir), new ArtifactLinks());
        assertThat(strict.check(SchemaName.JOB, realJob)).isEmpty();
        assertThat(strict.check(SchemaName.JOB, withSurprise())).singleElement().asString().contains("surprise");
        assertThat(store.drifts().all()).singleElement().asString().contains("job.schema.json", "surprise");
    }

    @Test
    void theSameSchemaReadAsDraft07WouldLetItThrough() throws Exception {
        Files.writeString(dir.resolve("job.schema.json"), tightened("http://json-schema.org/draft-07/schema#"));
        try {
            assertThat(SchemaCatalog.fromDirectory(dir).problems(SchemaName.JOB, withSurprise()))
                    .as("draft-07 has no unevaluatedProperties: the trap this guards against").isEmpty();
        } finally {
            Files.writeString(dir.resolve("job.schema.json"), tightened("https://json-schema.org/draft/2020-12/schema"));
        }
    }
}
