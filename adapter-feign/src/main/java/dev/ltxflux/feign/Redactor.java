package dev.ltxflux.feign;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * Takes the API token out of text the server sent (an error body that echoes the request, a job message), before it
 * can reach an exception message, a log or a terminal. The token is also matched in its JSON-escaped form.
 */
final class Redactor implements UnaryOperator<String> {

    static final String REDACTED = "[redacted]";

    private final String token;
    private final String jsonEscaped;

    Redactor(String token) {
        this.token = token == null ? "" : token;
        this.jsonEscaped = this.token.replace("\\", "\\\\").replace("/", "\\/").replace("\"", "\\\"");
    }

    @Override
    public String apply(String text) {
        if (text == null || token.isEmpty()) {
            return text;
        }
        String out = text.replace(token, REDACTED);
        return jsonEscaped.equals(token) ? out : out.replace(jsonEscaped, REDACTED);
    }

    /** The body with the token taken out; the same array when it held none. */
    byte[] apply(byte[] body) {
        if (body == null || body.length < token.length() || token.isEmpty()) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String safe = apply(text);
        return safe.equals(text) ? body : safe.getBytes(StandardCharsets.UTF_8);
    }
}
