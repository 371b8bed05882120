package dev.ltxflux.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.EditRequestBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What core says of a request document: each JSON member goes to the builder setter of the same name, a member of
 * the wrong JSON type or with no setter is a violation, and the builder's own rules do the rest. Core and the request
 * schema must accept exactly the same documents.
 */
final class CoreView {

    private static final Map<String, BiConsumer<EditRequestBuilder, JsonNode>> TEXT = Map.ofEntries(
            Map.entry("email", (b, v) -> b.email(v.asText())),
            Map.entry("prompt", (b, v) -> b.prompt(v.asText())),
            Map.entry("referenceAssetId", (b, v) -> b.referenceAssetId(v.asText())),
            Map.entry("referenceAssetId2", (b, v) -> b.referenceAssetId2(v.asText())),
            Map.entry("referenceAssetId3", (b, v) -> b.referenceAssetId3(v.asText())),
            Map.entry("model", (b, v) -> b.model(v.asText())),
            Map.entry("aspectRatio", (b, v) -> b.aspectRatio(v.asText())),
            Map.entry("shotType", (b, v) -> b.shotType(v.asText())),
            Map.entry("shotAngle", (b, v) -> b.shotAngle(v.asText())),
            Map.entry("location", (b, v) -> b.location(v.asText())),
            Map.entry("weather", (b, v) -> b.weather(v.asText())),
            Map.entry("lighting", (b, v) -> b.lighting(v.asText())),
            Map.entry("replyUrl", (b, v) -> b.replyUrl(v.asText())),
            Map.entry("replyRef", (b, v) -> b.replyRef(v.asText())));

    private static final Map<String, BiConsumer<EditRequestBuilder, Long>> INTEGER = Map.of(
            "seed", EditRequestBuilder::seed,
            "pollForResult", (b, v) -> b.pollForResult(v.intValue()),
            "maxJobs", (b, v) -> b.maxJobs(v.intValue()));

    private CoreView() {
    }

    /** Every field core can take, by wire name. */
    static List<String> fields() {
        List<String> all = new ArrayList<>(TEXT.keySet());
        all.addAll(INTEGER.keySet());
        return all;
    }

    /** Core's violations of a document; empty when core accepts it. */
    static List<Violation> violations(JsonNode doc) {
        List<Violation> found = new ArrayList<>();
        if (!doc.isObject()) {
            return List.of(new Violation("body", "must be an object"));
        }
        EditRequestBuilder b = EditRequest.builder();
        for (Map.Entry<String, JsonNode> e : doc.properties()) {
            JsonNode v = e.getValue();
            if (TEXT.containsKey(e.getKey())) {
                if (v.isTextual()) {
                    TEXT.get(e.getKey()).accept(b, v);
                } else {
                    found.add(new Violation(e.getKey(), "must be a string"));
                }
            } else if (INTEGER.containsKey(e.getKey())) {
                if (v.isNumber() && v.canConvertToExactIntegral() && v.canConvertToLong()
                        && ("seed".equals(e.getKey()) || v.canConvertToInt())) {
                    INTEGER.get(e.getKey()).accept(b, v.asLong());
                } else if (v.isNumber() && v.canConvertToExactIntegral()) {
                    found.add(new Violation(e.getKey(), "is out of range"));
                } else {
                    found.add(new Violation(e.getKey(), "must be an integer"));
                }
            } else {
                found.add(new Violation(e.getKey(), "is not a documented parameter"));
            }
        }
        found.addAll(b.violations());
        return found;
    }
}
