package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import dev.ltxflux.mock.state.Rejection;
import java.io.IOException;
import java.util.Set;

/** Reads a request's fields from JSON or from {@code multipart/form-data} (where every value is a string). */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body's fields as a JSON object. Multipart values are strings; those of {@code integerFields} that look like
     * integers are coerced, as the API must do, and the rest are left for the schema to refuse.
     */
    static ObjectNode fields(Request request, ObjectMapper json, Set<String> integerFields) {
        String type = request.contentTypeHeader() != null && request.contentTypeHeader().isPresent()
                ? request.contentTypeHeader().mimeTypePart() : "";
        if (type != null && type.startsWith("multipart/form-data")) {
            ObjectNode node = json.createObjectNode();
            if (request.getParts() != null) {
                for (Request.Part part : request.getParts()) {
                    String value = part.getBody().asString();
                    if (integerFields.contains(part.getName()) && value.trim().matches("-?\\d{1,18}")) {
                        node.put(part.getName(), Long.parseLong(value.trim()));
                    } else {
                        node.put(part.getName(), value);
                    }
                }
            }
            return node;
        }
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            throw new Rejection(400, "body: a JSON object is required");
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Rejection(400, "body: malformed JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new Rejection(400, "body: unreadable (" + e.getMessage() + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new Rejection(400, "body: must be a JSON object");
        }
        return (ObjectNode) tree;
    }
}
