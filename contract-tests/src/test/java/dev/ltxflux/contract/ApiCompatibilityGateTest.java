package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ltxflux.mock.extension.HealthRoute;
import dev.ltxflux.schemas.SchemaCatalog;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The breaking-change gate: today's openapi.yaml and JSON Schemas against the checked-in baseline
 * ({@code src/test/resources/api-baseline}, refreshed as its {@code baseline.properties} says). A breaking change fails
 * the build unless the project's major version is above the baseline's; additions always pass. Each kind of breaking
 * change is planted below and must be caught.
 */
class ApiCompatibilityGateTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DIR = "api-baseline/";

    private static Properties baselineInfo() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ApiCompatibilityGateTest.class.getClassLoader().getResourceAsStream(DIR + "baseline.properties")) {
            p.load(in);
        }
        return p;
    }

    private static Map<String, JsonNode> baseline() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (String name : names()) {
            try (InputStream in = ApiCompatibilityGateTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
                docs.put(name, YAML.readTree(in));
            }
        }
        return docs;
    }

    private static List<String> names() throws Exception {
        try (InputStream in = ApiCompatibilityGateTest.class.getClassLoader().getResourceAsStream(DIR)) {
            // a directory on the class path lists its entries (target/test-classes in the build)
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(n -> n.endsWith(".json") || n.endsWith(".yaml")).sorted().toList();
        }
    }

    /** Today's shipped documents under the baseline's names (one missing today is simply absent). */
    private static Map<String, JsonNode> current() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (String name : names()) {
            try {
                docs.put(name, YAML.readTree(SchemaCatalog.resource(name)));
            } catch (IllegalArgumentException removed) {
                // not shipped any more: reported as removed
            }
        }
        return docs;
    }

    @Test
    void todaysApiBreaksNoClientOfTheBaselineUnlessTheMajorVersionMoved() throws Exception {
        String baselineVersion = baselineInfo().getProperty("version");
        String version = HealthRoute.version();
        List<String> breaking = ApiCompatibility.breakingChanges(baseline(), current());
        if (!ApiCompatibility.majorMoved(baselineVersion, version)) {
            assertThat(breaking).as("breaking changes against the API baseline " + baselineVersion + " while the version is " + version
                    + " (move the major version, or if the change is wrong undo it; baseline.properties says how to refresh)").isEmpty();
        }
        assertThat(baseline()).containsKeys("openapi.yaml", "job.schema.json", "flux-edit-request.schema.json");
    }

    private static Map<String, JsonNode> copy(Map<String, JsonNode> docs) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        docs.forEach((k, v) -> out.put(k, v.deepCopy()));
        return out;
    }

    @Test
    void eachKindOfBreakingChangeIsCaught() throws Exception {
        Map<String, JsonNode> before = baseline();
        Map<String, JsonNode> after = copy(before);
        ((ObjectNode) after.get("openapi.yaml").get("paths")).remove("/images/edit");
        ((ObjectNode) after.get("openapi.yaml").get("paths").get("/assets/{jobId}")).remove("get");
        ((ObjectNode) after.get("job.schema.json").get("properties")).remove("replyRef");
        ArrayNode types = (ArrayNode) after.get("job.schema.json").at("/properties/status/properties/type/enum");
        types.remove(2);
        ObjectNode request = (ObjectNode) after.get("flux-edit-request.schema.json");
        ((ArrayNode) request.withArray("required")).add("seed");
        after.remove("error.schema.json");
        List<String> found = ApiCompatibility.breakingChanges(before, after);
        assertThat(found).anySatisfy(f -> assertThat(f).contains("path /images/edit removed"))
                .anySatisfy(f -> assertThat(f).contains("operation GET /assets/{jobId} removed"))
                .anySatisfy(f -> assertThat(f).contains("job.schema.json: field /properties/replyRef removed"))
                .anySatisfy(f -> assertThat(f).contains("job.schema.json: enum /properties/status/properties/type/enum narrowed: \"failed\" removed"))
                .anySatisfy(f -> assertThat(f).contains("flux-edit-request.schema.json: request field /properties/seed newly required"))
                .anySatisfy(f -> assertThat(f).contains("error.schema.json: removed"));
        assertThat(found).hasSize(6);
        assertThat(ApiCompatibility.majorMoved("0.1.0", "0.9.0")).isFalse();
        assertThat(ApiCompatibility.majorMoved("0.1.0", "1.0.0-SNAPSHOT")).isTrue();
    }

    @Test
    void additionsAreNotBreaking() throws Exception {
        Map<String, JsonNode> before = baseline();
        Map<String, JsonNode> after = copy(before);
        ((ObjectNode) after.get("openapi.yaml").get("paths")).putObject("/videos/create").putObject("post").put("operationId", "createVideo");
        ((ObjectNode) after.get("openapi.yaml").get("paths").get("/assets/{jobId}")).putObject("delete");
        ((ObjectNode) after.get("job.schema.json").get("properties")).putObject("scheduledAt").put("type", "string");
        ((ArrayNode) after.get("job.schema.json").at("/properties/status/properties/type/enum")).add("scheduled");
        ObjectNode request = (ObjectNode) after.get("flux-edit-request.schema.json");
        ((ObjectNode) request.get("properties")).putObject("style").put("type", "string");
        // a response may promise more: a newly required field of the job model is not a client's burden
        ((ArrayNode) after.get("job.schema.json").withArray("required")).add("jobId");
        after.put("accounts.schema.json", YAML.createObjectNode().put("type", "object"));
        assertThat(ApiCompatibility.breakingChanges(before, after)).isEmpty();
    }
}
