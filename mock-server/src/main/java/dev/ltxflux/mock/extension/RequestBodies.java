package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ContentTypeHeader;
import com.github.tomakehurst.wiremock.http.Request;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.Rejection;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request's fields from JSON or from {@code multipart/form-data} (where every value is a string), strictly:
 * one JSON object and nothing after it, no duplicate keys, text valid in its declared charset. Any other Content-Type
 * is refused with 415 (JSON sent as {@code text/plain} included: the API's body parser would not read it, and a 415
 * says why better than the 400 for the missing fields would).
 */
final class RequestBodies {

    /** What {@code images/flux-edit} reads. */
    static final String ACCEPTED = "application/json or multipart/form-data";

    private final StrictJson strict = new StrictJson();

    /**
     * The body's fields as a JSON object. Multipart values are strings; those of {@code integerFields} that look like
     * integers are coerced, as the API must do, and the rest are left for the schema to refuse.
     */
    ObjectNode fields(Request request, Set<String> integerFields) {
        return fields(request, integerFields, null);
    }

    /**
     * The same, adding to {@code notIntegers} (instead of refusing at once) each integer field whose value is no integer,
     * and leaving that field out of the result: the caller reports it with every other violation of the body.
     */
    ObjectNode fields(Request request, Set<String> integerFields, java.util.List<String> notIntegers) {
        ContentTypeHeader header = request.contentTypeHeader();
        String type = header != null && header.isPresent() && header.mimeTypePart() != null
                ? header.mimeTypePart().trim().toLowerCase(Locale.ROOT) : "";
        if (type.equals("multipart/form-data")) {
            return multipart(request, integerFields);
        }
        if (!type.equals("application/json")) {
            throw new Rejection(415, "Content-Type: must be " + ACCEPTED + (type.isEmpty() ? " (none was sent)" : " (was " + type + ")"));
        }
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            throw new Rejection(400, "body: a JSON object is required");
        }
        Charset charset = charset(header);
        JsonNode tree = charset == null ? strict.read(body) : strict.read(decode(body, charset));
        if (!tree.isObject()) {
            throw new Rejection(400, "body: must be a JSON object");
        }
        ObjectNode object = (ObjectNode) tree;
        integerFields.forEach(name -> {
            try {
                exactInteger(object, name);
            } catch (Rejection r) {
                if (notIntegers == null) {
                    throw r;
                }
                notIntegers.add(r.getMessage());
                object.remove(name);
            }
        });
        return object;
    }

    /**
     * An integer field written with a fraction or an exponent ({@code 7.0}, {@code 7e0}): kept as the integer it equals,
     * or refused naming the field when it is none ({@link ExactIntegers}); its range is the schema's to judge.
     */
    private static void exactInteger(ObjectNode object, String name) {
        JsonNode value = object.get(name);
        if (value != null && value.isNumber() && !value.isIntegralNumber()) {
            object.put(name, ExactIntegers.exact(value, name).orElseThrow());
        }
    }

    private ObjectNode multipart(Request request, Set<String> integerFields) {
        Collection<Request.Part> parts;
        try {
            parts = request.getParts();
        } catch (Exception e) { // WireMock rethrows the container's IOException unchecked
            throw new Rejection(400, "body: malformed multipart/form-data (check the boundary and the closing delimiter)");
        }
        requireNamedParts(request);
        ObjectNode node = strict.createObjectNode();
        Set<String> seen = new HashSet<>();
        if (parts != null) {
            for (Request.Part part : parts) {
                String name = part.getName();
                if (name == null || name.isEmpty()) {
                    throw new Rejection(400, "body: every multipart part needs a name");
                }
                if (!seen.add(name)) {
                    throw new Rejection(400, name + ": sent more than once");
                }
                String value;
                try {
                    value = part.getBody().asString();
                } catch (Exception e) {
                    throw new Rejection(400, name + ": unreadable multipart value");
                }
                Optional<BigInteger> number = integerFields.contains(name)
                        ? ExactIntegers.parse(value, name) : Optional.empty();
                if (number.isPresent()) {
                    node.put(name, number.get());
                } else {
                    node.put(name, value);
                }
            }
        }
        return node;
    }

    /**
     * Every part of the raw body names itself: the multipart parser drops a part whose {@code name} is empty
     * ({@code name=""}) or missing without a word, so the request would be judged on the other parts alone.
     */
    private static void requireNamedParts(Request request) {
        String boundary = boundary(request.contentTypeHeader().firstValue());
        byte[] body = request.getBody();
        if (boundary == null || body == null) {
            return;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int part = 0;
        for (int at = text.startsWith(delimiter) ? 0 : text.indexOf("\r\n" + delimiter); at >= 0; at = text.indexOf("\r\n" + delimiter, at + 1)) {
            int start = at + (at == 0 && text.startsWith(delimiter) ? 0 : 2) + delimiter.length();
            if (text.startsWith("--", start)) {
                return; // the closing delimiter
            }
            int headersEnd = text.indexOf("\r\n\r\n", start);
            if (headersEnd < 0) {
                return; // unterminated: the parser refuses it
            }
            part++;
            if (!hasName(text.substring(start, headersEnd))) {
                throw new Rejection(400, "body: every multipart part needs a name (part " + part + " has an empty or missing one)");
            }
        }
    }

    private static boolean hasName(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
                for (String p : line.substring(colon + 1).split(";")) {
                    String[] kv = p.trim().split("=", 2);
                    if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("name")) {
                        String v = kv[1].trim();
                        v = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
                        return !v.isBlank();
                    }
                }
            }
        }
        return false;
    }

    private static String boundary(String contentType) {
        for (String p : contentType.split(";")) {
            String[] kv = p.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("boundary")) {
                String v = kv[1].trim();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
            }
        }
        return null;
    }

    private static Charset charset(ContentTypeHeader header) {
        String value = header.firstValue();
        for (String p : value.split(";")) {
            String[] kv = p.trim().split("=", 2);
            if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
                String name = kv[1].trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new Rejection(415, "Content-Type: unsupported charset " + name);
                }
            }
        }
        return null;
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Rejection(400, "body: not valid " + charset.name() + " text");
        }
    }
}
