package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.CreateRequestBuilder;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.model.edit.ImageStyle;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.edit.WireEnum;
import dev.ltxflux.feign.wire.CreateRequestDto;
import dev.ltxflux.feign.wire.UpscaleRequestDto;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The domain-model leg for {@code images/create} and {@code images/upscale}: core and each request schema accept exactly
 * the same documents; enums and fields agree (client DTO, core, schema); the fixtures are judged the same by core. The
 * client leg is {@link CreateUpscaleClientRequestsTest}.
 */
class CreateUpscaleContractTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    // ---- core's view of a create document: each member to the builder setter of its wire name ----

    private static final Map<String, BiConsumer<CreateRequestBuilder, String>> TEXT = Map.ofEntries(
            Map.entry("email", CreateRequestBuilder::email), Map.entry("prompt", CreateRequestBuilder::prompt),
            Map.entry("aspectRatio", CreateRequestBuilder::aspectRatio), Map.entry("style", CreateRequestBuilder::style),
            Map.entry("shotType", CreateRequestBuilder::shotType), Map.entry("shotAngle", CreateRequestBuilder::shotAngle),
            Map.entry("referenceAssetId", CreateRequestBuilder::referenceAssetId),
            Map.entry("location", CreateRequestBuilder::location), Map.entry("weather", CreateRequestBuilder::weather),
            Map.entry("lighting", CreateRequestBuilder::lighting), Map.entry("model", CreateRequestBuilder::model),
            Map.entry("replyUrl", CreateRequestBuilder::replyUrl), Map.entry("replyRef", CreateRequestBuilder::replyRef));
    private static final Map<String, BiConsumer<CreateRequestBuilder, Long>> INTEGER = Map.of(
            "seed", CreateRequestBuilder::seed, "reference_strength", (b, v) -> b.referenceStrength(v.intValue()),
            "pollForResult", (b, v) -> b.pollForResult(v.intValue()), "maxJobs", (b, v) -> b.maxJobs(v.intValue()));

    static List<Violation> createViolations(JsonNode doc) {
        List<Violation> found = new ArrayList<>();
        CreateRequestBuilder b = CreateRequest.builder();
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            typed(e.getKey(), e.getValue(), found, TEXT.get(e.getKey()) == null ? null : v -> TEXT.get(e.getKey()).accept(b, v),
                    INTEGER.get(e.getKey()) == null ? null : v -> INTEGER.get(e.getKey()).accept(b, v));
        }
        found.addAll(b.violations());
        return found;
    }

    static List<Violation> upscaleViolations(JsonNode doc) {
        List<Violation> found = new ArrayList<>();
        UpscaleRequest.Builder b = UpscaleRequest.builder();
        Map<String, java.util.function.Consumer<String>> text = Map.of("jobId", b::jobId, "email", b::email,
                "replyUrl", b::replyUrl, "replyRef", b::replyRef);
        Map<String, java.util.function.Consumer<Long>> ints = Map.of("pollForResult", v -> b.pollForResult(v.intValue()),
                "maxJobs", v -> b.maxJobs(v.intValue()));
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            typed(e.getKey(), e.getValue(), found, text.get(e.getKey()), ints.get(e.getKey()));
        }
        found.addAll(b.violations());
        return found;
    }

    private static void typed(String name, JsonNode v, List<Violation> found, java.util.function.Consumer<String> text,
            java.util.function.Consumer<Long> integer) {
        if (text != null) {
            if (v.isTextual()) {
                text.accept(v.asText());
            } else {
                found.add(new Violation(name, "must be a string"));
            }
        } else if (integer != null) {
            if (v.isNumber() && v.canConvertToExactIntegral() && v.canConvertToLong() && ("seed".equals(name) || v.canConvertToInt())) {
                integer.accept(v.asLong());
            } else {
                found.add(new Violation(name, "must be an integer in range"));
            }
        } else {
            found.add(new Violation(name, "is not a documented parameter"));
        }
    }

    static Set<String> schemaFields(String file) {
        Set<String> out = new TreeSet<>();
        ModelSchemaChecks.shipped().schema(file).get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** A record's JSON names (its {@link JsonProperty} where it has one). */
    private static Set<String> wireNames(Class<? extends Record> dto) {
        return Arrays.stream(dto.getRecordComponents()).map(CreateUpscaleContractTest::wireName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String wireName(RecordComponent c) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        if (p == null && c.getDeclaringRecord().isRecord()) {
            try {
                p = c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException ignored) {
                // a component always has its field
            }
        }
        return p == null ? c.getName() : p.value();
    }

    // ---- leg: domain model parity ----

    @Test
    void schemaPropertiesAreExactlyTheFieldsTheClientDtoAndCoreCanSend() {
        assertThat(wireNames(CreateRequestDto.class)).isEqualTo(schemaFields("create-request.schema.json"));
        Set<String> core = new TreeSet<>(TEXT.keySet());
        core.addAll(INTEGER.keySet());
        assertThat(core).isEqualTo(schemaFields("create-request.schema.json"));
        assertThat(wireNames(UpscaleRequestDto.class)).isEqualTo(schemaFields("upscale-request.schema.json"));
    }

    @Test
    void createEnumsEqualCoreEnums() {
        JsonNode props = ModelSchemaChecks.shipped().schema("create-request.schema.json").get("properties");
        assertThat(texts(props.get("style").get("enum"))).isEqualTo(wire(ImageStyle.values()));
        assertThat(texts(props.get("model").get("enum"))).isEqualTo(wire(EditModel.values()));
    }

    private static Set<String> wire(WireEnum[] values) {
        return Arrays.stream(values).map(WireEnum::wire).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theFixturesAreJudgedTheSameByCore() {
        for (Path f : Fixtures.files(SchemaName.CREATE_REQUEST, "valid")) {
            assertThat(createViolations(Fixtures.read(f))).as(f.toString()).isEmpty();
        }
        for (Path f : Fixtures.files(SchemaName.CREATE_REQUEST, "invalid")) {
            assertThat(createViolations(Fixtures.read(f).get("document"))).as(f.toString()).isNotEmpty();
        }
        for (Path f : Fixtures.files(SchemaName.UPSCALE_REQUEST, "valid")) {
            assertThat(upscaleViolations(Fixtures.read(f))).as(f.toString()).isEmpty();
        }
        for (Path f : Fixtures.files(SchemaName.UPSCALE_REQUEST, "invalid")) {
            assertThat(upscaleViolations(Fixtures.read(f).get("document"))).as(f.toString()).isNotEmpty();
        }
    }

    private static final Map<String, List<JsonNode>> CANDIDATES = Map.ofEntries(
            Map.entry("prompt", List.of(F.textNode("p"), F.textNode(""), F.textNode(" "), F.textNode("x".repeat(2001)), F.numberNode(1))),
            Map.entry("style", List.of(F.textNode("anime"), F.textNode("2d_novel"), F.textNode("base"), F.textNode("Anime"), F.nullNode())),
            Map.entry("model", List.of(F.textNode("flux"), F.textNode("flux-premium"), F.textNode("nano-banana"), F.textNode("dall-e"), F.nullNode())),
            Map.entry("referenceAssetId", List.of(F.textNode("asset:1"), F.textNode(""), F.textNode(" "), F.nullNode())),
            Map.entry("reference_strength", List.of(F.numberNode(0), F.numberNode(100), F.numberNode(101), F.numberNode(-1),
                    F.numberNode(1.5), F.textNode("50"), F.nullNode())),
            Map.entry("referenceStrength", List.of(F.numberNode(50))),
            Map.entry("aspectRatio", List.of(F.textNode("1:1"), F.textNode("4:3"))),
            Map.entry("seed", List.of(F.numberNode(3), F.numberNode(9_007_199_254_740_992L))),
            Map.entry("pollForResult", List.of(F.numberNode(1), F.numberNode(21))),
            Map.entry("email", List.of(F.textNode("user@example.com"), F.textNode("nope"))),
            Map.entry("location", List.of(F.textNode("x"), F.textNode("x".repeat(2001)))));

    @Provide
    Arbitrary<ObjectNode> createDocuments() {
        List<String> fields = List.copyOf(CANDIDATES.keySet());
        return Arbitraries.of(fields).list().uniqueElements().ofMaxSize(6).flatMap(names -> Combinators
                .combine(names.stream().map(n -> Arbitraries.of(CANDIDATES.get(n))).toList()).as(vs -> {
                    ObjectNode doc = F.objectNode().put("prompt", "base prompt");
                    for (int i = 0; i < names.size(); i++) {
                        if (vs.get(i).isNull()) {
                            doc.remove(names.get(i));
                        } else {
                            doc.set(names.get(i), vs.get(i));
                        }
                    }
                    return doc;
                }));
    }

    @Property(tries = 600)
    void coreAndTheCreateSchemaAcceptExactlyTheSameDocuments(@ForAll("createDocuments") ObjectNode doc) {
        boolean schema = SCHEMAS.problems(SchemaName.CREATE_REQUEST, doc).isEmpty();
        assertThat(createViolations(doc).isEmpty()).as("%s: core %s, schema %s", doc, createViolations(doc),
                SCHEMAS.problems(SchemaName.CREATE_REQUEST, doc)).isEqualTo(schema);
    }

    @Property(tries = 200)
    void coreAndTheUpscaleSchemaAcceptExactlyTheSameDocuments(
            @ForAll("jobIds") JsonNode jobId, @ForAll("smallInts") JsonNode maxJobs) {
        ObjectNode doc = F.objectNode();
        if (!jobId.isNull()) {
            doc.set("jobId", jobId);
        }
        if (!maxJobs.isNull()) {
            doc.set("maxJobs", maxJobs);
        }
        boolean schema = SCHEMAS.problems(SchemaName.UPSCALE_REQUEST, doc).isEmpty();
        assertThat(upscaleViolations(doc).isEmpty()).as("%s: core %s, schema %s", doc, upscaleViolations(doc),
                SCHEMAS.problems(SchemaName.UPSCALE_REQUEST, doc)).isEqualTo(schema);
    }

    @Provide
    Arbitrary<JsonNode> jobIds() {
        return Arbitraries.of(F.textNode("email:user@example.com-job:1-type:image"), F.textNode("email:a@b-job:1-type:video"),
                F.textNode("email:a@b-job:1-type:video\n"), F.textNode("opaque"), F.textNode(""), F.textNode("\t"),
                F.textNode("x".repeat(1025)), F.numberNode(3), F.nullNode());
    }

    @Provide
    Arbitrary<JsonNode> smallInts() {
        return Arbitraries.of(F.numberNode(1), F.numberNode(100), F.numberNode(0), F.numberNode(101), F.textNode("5"), F.nullNode());
    }
}
