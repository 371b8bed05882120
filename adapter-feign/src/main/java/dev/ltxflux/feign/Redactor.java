package dev.ltxflux.feign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.function.UnaryOperator;

/**
 * Takes the API token out of text the server sent (an error body that echoes the request, a job message), before it
 * can reach an exception message, a log or a terminal. The token is also matched JSON-escaped and URL-encoded.
 */
final class Redactor implements UnaryOperator<String> {

    static final String REDACTED = "[redacted]";

    private final String token;
    private final List<String> forms;

    Redactor(String token) {
        this.token = token == null ? "" : token;
        String jsonEscaped = this.token.replace("\\", "\\\\").replace("/", "\\/").replace("\"", "\\\"");
        String urlEncoded = URLEncoder.encode(this.token, StandardCharsets.UTF_8);
        String urlEncodedLowerHex = Pattern.compile("%[0-9A-F]{2}").matcher(urlEncoded)
                .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        this.forms = Stream.of(this.token, jsonEscaped, urlEncoded, urlEncodedLowerHex)
                .filter(f -> !f.isEmpty()).distinct().toList();
    }

    @Override
    public String apply(String text) {
        if (text == null || token.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms) {
            out = out.replace(form, REDACTED);
        }
        return out;
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
