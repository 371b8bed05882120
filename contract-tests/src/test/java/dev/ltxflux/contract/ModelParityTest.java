package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Core's validation and the request schema accept and reject exactly the same documents; enums and fields agree. */
class ModelParityTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String LONG_2000 = "x".repeat(2000);
    private static final String EMOJI_2000 = "\uD83D\uDE00".repeat(2000);

    /** Interesting values per field: valid ones, boundary ones, invalid ones and wrong JSON types. */
    private static final Map<String, List<JsonNode>> CANDIDATES = Map.ofEntries(
            Map.entry("email", List.of(F.textNode("user@example.com"), F.textNode("user"), F.textNode("a b@c"),
                    F.textNode("a@b\n"), F.textNode("@x"), F.numberNode(1))),
            Map.entry("prompt", List.of(F.textNode("Add fog"), F.textNode(""), F.textNode(" \t\n"), F.textNode("\u00A0"),
                    F.textNode(LONG_2000), F.textNode(LONG_2000 + "x"), F.textNode(EMOJI_2000), F.textNode(EMOJI_2000 + "x"), F.numberNode(3))),
            Map.entry("referenceAssetId", refs()),
            Map.entry("referenceAssetId2", refs()),
            Map.entry("referenceAssetId3", refs()),
            Map.entry("model", List.of(F.textNode("flux"), F.textNode("flux-premium"), F.textNode("nano-banana"), F.textNode("FLUX"), F.nullNode())),
            Map.entry("aspectRatio", List.of(F.textNode("16:9"), F.textNode("9:16"), F.textNode("1:1"), F.textNode("4:3"), F.textNode(""))),
            Map.entry("shotType", List.of(F.textNode("wide shot"), F.textNode(""), F.booleanNode(true))),
            Map.entry("shotAngle", List.of(F.textNode("eye-level"), F.textNode("birds-eye-view"), F.textNode("dutch"))),
            Map.entry("seed", List.of(F.numberNode(0), F.numberNode(-5), F.numberNode(9_007_199_254_740_991L), F.numberNode(9_007_199_254_740_992L),
                    F.numberNode(new BigInteger("99999999999999999999")), F.numberNode(1.5), F.numberNode(2.0), F.textNode("12"))),
            Map.entry("location", List.of(F.textNode("beach"), F.textNode(LONG_2000 + "x"), F.textNode(""))),
            Map.entry("weather", List.of(F.textNode("rain"), F.textNode(LONG_2000))),
            Map.entry("lighting", List.of(F.textNode("dusk"), F.numberNode(1))),
            Map.entry("pollForResult", List.of(F.numberNode(1), F.numberNode(20), F.numberNode(0), F.numberNode(21), F.numberNode(5_000_000_000L), F.textNode("5"))),
            Map.entry("maxJobs", List.of(F.numberNode(1), F.numberNode(100), F.numberNode(101), F.numberNode(-1))),
            Map.entry("replyUrl", List.of(F.textNode("https://hooks.example.com/ltx"), F.textNode("http://localhost:8080/h?a=1#x"),
                    F.textNode("HTTPS://X.Y"), F.textNode("ftp://x.example"), F.textNode("https://"), F.textNode("https://a b"),
                    F.textNode("https://x.example/" + "a".repeat(1006)), F.textNode("https://x.example/" + "a".repeat(1007)), F.textNode("/rel"))),
            Map.entry("replyRef", List.of(F.textNode("ref-1"), F.textNode(""))),
            Map.entry("promt", List.of(F.textNode("typo"))));

    private static List<JsonNode> refs() {
        return List.of(F.textNode("asset:3b18…-type:image/png"), F.textNode(""), F.textNode(" "), F.textNode("a/b c"), F.numberNode(7));
    }

    @Provide
    Arbitrary<ObjectNode> documents() {
        List<String> fields = List.copyOf(CANDIDATES.keySet());
        Arbitrary<List<String>> chosen = Arbitraries.of(fields).list().uniqueElements().ofMaxSize(8);
        return chosen.flatMap(names -> {
            List<Arbitrary<JsonNode>> values = names.stream().map(n -> Arbitraries.of(CANDIDATES.get(n))).toList();
            return Combinators.combine(values).as(vs -> {
                ObjectNode doc = F.objectNode();
                doc.put("prompt", "base prompt");
                doc.put("referenceAssetId", "asset:base");
                for (int i = 0; i < names.size(); i++) {
                    if (vs.get(i).isNull()) {
                        doc.remove(names.get(i));
                    } else {
                        doc.set(names.get(i), vs.get(i));
                    }
                }
                return doc;
            });
        });
    }

    @Property(tries = 1500)
    void coreAndTheRequestSchemaAcceptExactlyTheSameDocuments(@ForAll("documents") ObjectNode doc) {
        boolean schemaAccepts = SCHEMAS.problems(SchemaName.FLUX_EDIT_REQUEST, doc).isEmpty();
        boolean coreAccepts = CoreView.violations(doc).isEmpty();
        assertThat(coreAccepts).as("core %s, schema %s for %s: core says %s, schema says %s", coreAccepts ? "accepts" : "rejects",
                schemaAccepts ? "accepts" : "rejects", abbreviate(doc), CoreView.violations(doc),
                SCHEMAS.problems(SchemaName.FLUX_EDIT_REQUEST, doc)).isEqualTo(schemaAccepts);
    }

    private static String abbreviate(JsonNode doc) {
        String s = doc.toString();
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    @Test
    void schemaEnumsEqualCoreEnums() {
        assertThat(ModelSchemaChecks.shipped().enumDifferences()).isEmpty();
    }

    @Test
    void requestSchemaPropertiesAreExactlyTheFieldsTheClientAndCoreCanSend() {
        assertThat(ModelSchemaChecks.shipped().requestFieldDifferences()).isEmpty();
    }
}
