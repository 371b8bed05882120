package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.UnexpectedResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reading the answers of the assets list, scheduler and accounts calls: lenient where the published examples are (a
 * trailing comma, as on the accounts pages, is read; unknown fields are ignored), strict where a value is unusable.
 */
final class ResourceJson {

    static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();

    private ResourceJson() {
    }

    /** The body as a tree that must be an object (or, with {@code array}, an array). */
    static JsonNode parse(byte[] body, boolean array, String what) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw unexpected(what + ": unreadable JSON (" + e.getMessage() + ")", body);
        }
        if (root == null || (array ? !root.isArray() : !root.isObject())) {
            throw unexpected(what + ": expected a JSON " + (array ? "array" : "object"), body);
        }
        return root;
    }

    static UnexpectedResponseException unexpected(String what, byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return new UnexpectedResponseException(new ApiErrorDetails(200, what, text, null, null));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    /** An integer field; null when absent; unexpected-answer when present but not a whole number. */
    static Long whole(JsonNode node, String field, String what, byte[] body) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() && !(v.isNumber() && v.asDouble() == Math.rint(v.asDouble()))) {
            throw unexpected(what + ": " + field + " must be a whole number (was " + v + ")", body);
        }
        return v.asLong();
    }
}
