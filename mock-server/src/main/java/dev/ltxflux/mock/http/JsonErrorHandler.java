package dev.ltxflux.mock.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.ltxflux.mock.http.Failures.Verdict;
import java.io.IOException;
import java.nio.ByteBuffer;
import wiremock.jakarta.servlet.RequestDispatcher;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.HttpField;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.http.HttpHeader;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages as the documented {@code {"error": "...", "code": N}}: protocol-level refusals (bad URI, too many
 * headers, bad chunking) and every exception that escapes WireMock. Installed on the server and on both contexts, so
 * no HTML page naming a Java exception ever leaves the mock.
 */
public final class JsonErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorHandler.class);

    public JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String reason = (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Verdict verdict = Failures.classify(failure, response.getStatus(), reason);
        if (!verdict.clientError() && failure != null) {
            LOG.error("internal error on {} {}", request.getMethod(), request.getRequestURI(), failure);
        }
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        byte[] body = ErrorBodies.bytes(verdict.status(), verdict.message());
        response.setStatus(verdict.status());
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Refusals before a request exists (Jetty chose the status; we only choose the body). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Verdict verdict = Failures.fromStatus(status, reason);
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
        // the status line keeps Jetty's code: the body says the same code so the two never disagree
        return ByteBuffer.wrap(ErrorBodies.bytes(status >= 400 && status < 500 ? status : verdict.status(), verdict.message()));
    }
}
