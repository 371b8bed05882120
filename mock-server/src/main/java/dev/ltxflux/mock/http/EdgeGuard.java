package dev.ltxflux.mock.http;

import dev.ltxflux.mock.config.EdgeSettings;
import dev.ltxflux.mock.config.MockConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.http.BadMessageException;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.HttpInput;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The first handler every request meets, before WireMock parses anything:
 * <ul>
 * <li>the admin API ({@code /__admin/...}) answers only loopback {@code Host} names (or configured ones), refuses a
 * foreign {@code Origin}, needs the admin token when one is set, and is gone with {@code --no-admin};</li>
 * <li>malformed percent-encoding in the path or query, an unknown or empty {@code charset}, and a
 * {@code multipart/form-data} without a usable boundary are refused with the documented 4xx body;</li>
 * <li>a body longer than its limit is refused with 413 (by {@code Content-Length}, or while it streams in), and a body
 * that does not arrive within the read timeout with 408, which frees the thread a slow client held.</li>
 * </ul>
 */
public final class EdgeGuard extends HandlerWrapper {

    static final String ADMIN_PREFIX = "/__admin";
    static final String DASHBOARD = ADMIN_PREFIX + "/ltx/ui";
    private static final java.util.Set<String> DASHBOARD_FILES = java.util.Set.of(DASHBOARD, DASHBOARD + "/app.js", DASHBOARD + "/style.css");
    static final String UPLOAD_PREFIX = "/v1/ltxstudio/assets";

    private final EdgeSettings edge;
    private final byte[] adminAuthorization;

    public EdgeGuard(MockConfig config) {
        this.edge = config.edge();
        this.adminAuthorization = edge.adminToken() == null ? null : ("Bearer " + edge.adminToken()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String refusal = null;
        int status = 400;
        String path = baseRequest.getRequestURI() == null ? "/" : baseRequest.getRequestURI();
        boolean admin = path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/");
        if (admin) {
            if (!edge.admin()) {
                status = 404;
                refusal = "Not found: the admin API is off (--no-admin)";
            } else if (!allowedHost(request.getServerName())) {
                status = 403;
                refusal = "Host: the admin API answers only loopback host names (or those given with --admin-host)";
            } else if (request.getHeader("Origin") != null && !RequestText.sameOrigin(request.getHeader("Origin"), request.getHeader("Host"))) {
                status = 403;
                refusal = "Origin: the admin API serves no other web origin than its own pages (the dashboard at /__admin/ltx/ui)";
            } else if (adminAuthorization != null && !tokenMatches(request.getHeader("Authorization"))
                    && !dashboardPage(request.getMethod(), path)) {
                status = 401;
                refusal = "Unauthorized: the admin API needs Authorization: Bearer <admin token>";
            }
        }
        if (refusal == null && "CONNECT".equalsIgnoreCase(request.getMethod())) {
            status = 405;
            refusal = "CONNECT: the mock is not a proxy";
        }
        if (refusal == null) {
            refusal = RequestText.malformedEscape(path, "path");
        }
        if (refusal == null) {
            refusal = RequestText.malformedEscape(baseRequest.getHttpURI().getQuery(), "query");
        }
        if (refusal == null) {
            String problem = RequestText.contentTypeProblem(request.getHeader("Content-Type"));
            if (problem != null) {
                status = problem.contains("charset") ? 415 : 400;
                refusal = problem;
            }
        }
        long limit = path.startsWith(UPLOAD_PREFIX) ? edge.maxUploadBytes() : edge.maxBodyBytes();
        if (refusal == null && request.getContentLengthLong() > limit) {
            status = 413;
            refusal = "body: larger than " + limit + " bytes";
        }
        if (refusal != null) {
            refuse(baseRequest, response, status, refusal);
            return;
        }
        if (!hasBody(request)) {
            // nothing left to read: no body limit, and the headers already arrived (the hot path of status reads)
            super.handle(target, baseRequest, request, response);
            return;
        }
        baseRequest.getHttpInput().addInterceptor(new BodyLimit(limit, edge.bodyReadTimeout().toNanos()));
        // While the request is read, a silent client times out after the body read timeout; once the handler returns
        // (answered, or suspended to hold a pollForResult answer) the connector's longer idle timeout applies again.
        EndPoint endPoint = baseRequest.getHttpChannel().getEndPoint();
        long idle = endPoint.getIdleTimeout();
        endPoint.setIdleTimeout(Math.min(idle, edge.bodyReadTimeout().toMillis()));
        try {
            super.handle(target, baseRequest, request, response);
        } finally {
            endPoint.setIdleTimeout(idle);
        }
    }

    /**
     * The dashboard's own files (page, script, style) hold no data, and a browser cannot add a header when it opens a
     * page: they are served without the admin token, which the page then asks for and sends on every admin call.
     */
    static boolean dashboardPage(String method, String path) {
        return "GET".equals(method) && DASHBOARD_FILES.contains(path);
    }

    /**
     * An HTTP/1.x request has a body only with a positive Content-Length or a Transfer-Encoding (RFC 9112, 6.3); any
     * other protocol (h2c frames a body without either) counts as having one.
     */
    static boolean hasBody(HttpServletRequest request) {
        String protocol = request.getProtocol();
        boolean http1 = "HTTP/1.1".equals(protocol) || "HTTP/1.0".equals(protocol);
        return !http1 || request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private boolean allowedHost(String host) {
        if (host == null || host.isEmpty()) {
            return true;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}") || edge.adminHosts().contains(h)
                || edge.adminHosts().contains(host.toLowerCase(Locale.ROOT));
    }

    private boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(adminAuthorization, given.getBytes(StandardCharsets.UTF_8));
    }

    static void refuse(Request baseRequest, HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = ErrorBodies.bytes(status, message);
        baseRequest.setHandled(true);
        response.setStatus(status);
        response.setHeader("Content-Type", "application/json");
        response.setHeader("Cache-Control", "no-store");
        if (status == 413 || status == 408) {
            response.setHeader("Connection", "close");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Counts a body as it streams in: past the limit 413, past the deadline 408. */
    private static final class BodyLimit implements HttpInput.Interceptor {
        private final long limit;
        private final long deadline;
        private long seen;

        BodyLimit(long limit, long timeoutNanos) {
            this.limit = limit;
            this.deadline = System.nanoTime() + timeoutNanos;
        }

        @Override
        public HttpInput.Content readFrom(HttpInput.Content content) {
            if (content == null || content.isSpecial()) {
                return content;
            }
            seen += content.remaining();
            if (seen > limit) {
                throw new BadMessageException(413, "body: larger than " + limit + " bytes");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BadMessageException(408, "body: not received in time; send the whole request promptly");
            }
            return content;
        }
    }
}
