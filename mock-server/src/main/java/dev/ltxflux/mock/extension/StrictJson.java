package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.Rejection;
import java.io.IOException;

/**
 * The one reading of the JSON a client sends, to the API and to the admin API alike: one value and nothing after it,
 * no key twice ({@code {"times":1e20,"times":1}} is no fault plan), and decimals kept exact, so that
 * {@link ExactIntegers} sees {@code 1e-999999999} as the fraction it is, not as the double 0.0.
 */
final class StrictJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** {@code body} as JSON; missing when there is none; a 400 naming what is wrong with it when it is malformed. */
    JsonNode read(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return orMissing(mapper.readTree(body));
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /** {@code text} as JSON, likewise. */
    JsonNode read(String text) {
        try {
            return orMissing(mapper.readTree(text));
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    ObjectNode createObjectNode() {
        return mapper.createObjectNode();
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? MissingNode.getInstance() : node;
    }

    private static Rejection malformed(IOException e) {
        if (!(e instanceof JsonProcessingException json)) {
            return new Rejection(400, "body: unreadable");
        }
        String why = String.valueOf(json.getOriginalMessage());
        if (why.startsWith("Trailing token")) {
            why = "more data after the JSON value";
        } else if (why.length() > 160) {
            why = why.substring(0, 160) + "…";
        }
        return new Rejection(400, "body: malformed JSON (" + why + ")");
    }
}
