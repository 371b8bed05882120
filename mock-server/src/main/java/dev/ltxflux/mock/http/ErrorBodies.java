package dev.ltxflux.mock.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;

/** The documented error body {@code {"error": "...", "code": N}} as bytes, for the layers below WireMock. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static String json(int status, String message) {
        return "{\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message)) + "\",\"code\":" + status + "}";
    }

    public static byte[] bytes(int status, String message) {
        return json(status, message).getBytes(StandardCharsets.UTF_8);
    }
}
