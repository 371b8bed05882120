package dev.ltxflux.mock.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.concurrent.TimeoutException;
import wiremock.org.eclipse.jetty.http.BadMessageException;

/**
 * The one place that says what an unexpected exception means to the client: a request the mock could not read is the
 * client's fault (4xx with the documented body), anything else is the mock's (500, logged). Used by the Jetty error
 * handler (exceptions that escape WireMock, protocol-level refusals) and by every LTX responder.
 */
public final class Failures {

    private Failures() {
    }

    /** What to answer for {@code failure}; {@code status} is what the layer below chose (e.g. Jetty's 400/413/431). */
    public static Verdict classify(Throwable failure, int status, String reason) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BadMessageException bad) {
                return fromStatus(bad.getCode(), bad.getReason());
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return new Verdict(408, "body: not received in time; send the whole request promptly");
            }
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                return new Verdict(415, "Content-Type: unsupported charset");
            }
            if (t instanceof CharacterCodingException) {
                return new Verdict(400, "body: not valid text in its declared charset");
            }
            if (t instanceof JsonProcessingException) {
                return new Verdict(400, "body: malformed JSON");
            }
            if ("RequestJournalDisabledException".equals(t.getClass().getSimpleName())) {
                return new Verdict(404, "the request journal is off: start the mock with --journal");
            }
        }
        if (failure == null) {
            return fromStatus(status, reason);
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof IllegalArgumentException || t instanceof IllegalStateException
                    || t instanceof IndexOutOfBoundsException || t.getClass().getName().endsWith("ServletException")) {
                return new Verdict(400, "request: could not be read (malformed body, multipart, encoding or framing)");
            }
        }
        return new Verdict(500, "mock internal error: " + failure.getClass().getSimpleName());
    }

    /** The answer for a status Jetty chose itself (protocol-level refusals); never a 5xx for what a client sent. */
    public static Verdict fromStatus(int status, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason;
        switch (status) {
            case 404:
                return new Verdict(404, "Not found");
            case 408:
                return new Verdict(408, "body: not received in time; send the whole request promptly");
            case 413:
                return new Verdict(413, why != null && why.startsWith("body:") ? why : "body: too large");
            case 414:
                return new Verdict(414, "URI: too long");
            case 415:
                return new Verdict(415, why != null ? why : "Content-Type: unsupported");
            case 431:
                return new Verdict(431, "headers: too many or too large");
            default:
                if (status >= 400 && status < 500) {
                    return new Verdict(status, "request: " + (why == null ? "malformed" : why));
                }
                // 501 (unknown Transfer-Encoding), 505 (unknown HTTP version), or an unexplained 500 from the container:
                // all of them are about the request's framing
                return new Verdict(400, "request: malformed" + (why == null ? "" : " (" + why + ")"));
        }
    }

    /**
     * An answer.
     *
     * @param status  the HTTP status
     * @param message the {@code error} text
     */
    public record Verdict(int status, String message) {

        public boolean clientError() {
            return status < 500;
        }

        public String body() {
            return ErrorBodies.json(status, message);
        }
    }
}
