package dev.ltxflux.mock.http;

import dev.ltxflux.mock.config.EdgeSettings;
import dev.ltxflux.mock.config.MockConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * The first handler every request meets, before WireMock parses anything:
 * <ul>
 * <li>the admin API ({@code /__admin/...}) answers only loopback {@code Host} names (or configured ones), refuses a
 * foreign {@code Origin}, needs the admin token when one is set, and is gone with {@code --no-admin};</li>
 * <li>malformed percent-encoding in the path or query, an unknown or empty {@code charset}, and a
 * {@code multipart/form-data} without a usable boundary are refused with the documented 4xx body;</li>
 * <li>a method not implemented (methods are case-sensitive: {@code get} is not {@code GET}) and a transfer coding
 * other than {@code chunked} get 501; a path with dot segments, backslashes or {@code ;} parameters (which Jetty and
 * WireMock would read differently), an admin path sent percent-encoded, and a query parameter repeated with different
 * values get 400;</li>
 * <li>a body is read without holding a request thread ({@link AsyncBodyReader}): a body longer than its limit is
 * refused with 413 (by {@code Content-Length}, or while it streams in), and one that does not arrive within the body
 * read timeout with 408; slow clients cost connections, never the threads other clients need.</li>
 * </ul>
 */
public final class EdgeGuard extends HandlerWrapper {

    static final String ADMIN_PREFIX = "/__admin";
    static final String DASHBOARD = ADMIN_PREFIX + "/ltx/ui";
    /** The dashboard's ES modules (one concern each; {@code main.js} imports the others), served without the admin token. */
    public static final java.util.List<String> DASHBOARD_SCRIPTS = java.util.List.of("main.js", "api.js", "dom.js", "jobs.js",
            "ledger.js", "panels.js", "requests.js");
    private static final java.util.Set<String> DASHBOARD_FILES = dashboardFiles();

    private static java.util.Set<String> dashboardFiles() {
        java.util.Set<String> files = new java.util.HashSet<>(java.util.Set.of(DASHBOARD, DASHBOARD + "/style.css"));
        DASHBOARD_SCRIPTS.forEach(name -> files.add(DASHBOARD + "/" + name));
        return java.util.Set.copyOf(files);
    }
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
        byte[] body = (byte[]) baseRequest.getAttribute(AsyncBodyReader.BODY);
        if (body != null && baseRequest.getDispatcherType() == DispatcherType.ASYNC) {
            // the second dispatch: the body is in; WireMock sees the request as it would have, as a plain request
            baseRequest.removeAttribute(AsyncBodyReader.BODY);
            baseRequest.setDispatcherType(DispatcherType.REQUEST);
            super.handle(target, baseRequest, new BufferedBodyRequest(request, body), response);
            return;
        }
        if (baseRequest.getDispatcherType() != DispatcherType.REQUEST) {
            super.handle(target, baseRequest, request, response);
            return;
        }
        String path = baseRequest.getRequestURI() == null ? "/" : baseRequest.getRequestURI();
        long limit = path.startsWith(UPLOAD_PREFIX) ? edge.maxUploadBytes() : edge.maxBodyBytes();
        Refusal refusal = refusal(baseRequest, request, path, limit);
        if (refusal != null) {
            refuse(baseRequest, response, refusal.status(), refusal.message());
            return;
        }
        if (!hasBody(request)) {
            // nothing left to read: no body limit, and the headers already arrived (the hot path of status reads)
            super.handle(target, baseRequest, request, response);
            return;
        }
        // the body is read without a thread; the request comes back here (above) once it is in
        AsyncBodyReader.start(baseRequest, response, limit, edge.bodyReadTimeout().toMillis());
    }

    /** Why the request is refused before WireMock sees it, or null; the checks that need no body, in order. */
    private Refusal refusal(Request baseRequest, HttpServletRequest request, String path, long limit) {
        String method = request.getMethod();
        String problem = RequestText.methodProblem(method);
        if (problem != null) {
            return new Refusal(501, problem);
        }
        // every Transfer-Encoding line counts: a second one must not hide a coding behind a first "chunked"
        java.util.Enumeration<String> codings = request.getHeaders("Transfer-Encoding");
        problem = codings == null || !codings.hasMoreElements() ? null
                : RequestText.transferCodingProblem(String.join(",", java.util.Collections.list(codings)));
        if (problem != null) {
            return new Refusal(501, problem);
        }
        problem = RequestText.pathProblem(path);
        if (problem != null) {
            return new Refusal(400, problem);
        }
        // Jetty routes by the decoded path: /%5F%5Fadmin/... reaches the admin context although its raw form does not
        // start with /__admin. Such a request is refused rather than judged by one form and served by the other.
        String decoded = baseRequest.getHttpURI().getDecodedPath();
        boolean admin = isAdmin(path);
        if (!admin && decoded != null && isAdmin(decoded)) {
            return new Refusal(400, "path: the admin API's path must be sent without percent-encoding");
        }
        if (admin) {
            Refusal adminRefusal = adminRefusal(request, method, path);
            if (adminRefusal != null) {
                return adminRefusal;
            }
        }
        if ("CONNECT".equals(method)) {
            return new Refusal(405, "CONNECT: the mock is not a proxy");
        }
        problem = RequestText.malformedEscape(path, "path");
        if (problem == null) {
            problem = RequestText.malformedEscape(baseRequest.getHttpURI().getQuery(), "query");
        }
        if (problem == null) {
            problem = RequestText.repeatedParameter(baseRequest.getHttpURI().getQuery());
        }
        if (problem != null) {
            return new Refusal(400, problem);
        }
        problem = RequestText.contentTypeProblem(request.getHeader("Content-Type"));
        if (problem != null) {
            return new Refusal(problem.contains("charset") ? 415 : 400, problem);
        }
        if (request.getContentLengthLong() > limit) {
            return new Refusal(413, "body: larger than " + limit + " bytes");
        }
        return null;
    }

    private static boolean isAdmin(String path) {
        return path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/");
    }

    private Refusal adminRefusal(HttpServletRequest request, String method, String path) {
        if (!edge.admin()) {
            return new Refusal(404, "Not found: the admin API is off (--no-admin)");
        }
        if (!allowedHost(request.getServerName())) {
            return new Refusal(403, "Host: the admin API answers only loopback host names (or those given with --admin-host)");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !RequestText.sameOrigin(origin, request.getHeader("Host"))) {
            return new Refusal(403, "Origin: the admin API serves no other web origin than its own pages (the dashboard at /__admin/ltx/ui)");
        }
        if (adminAuthorization != null && !tokenMatches(request.getHeader("Authorization")) && !dashboardPage(method, path)) {
            return new Refusal(401, "Unauthorized: the admin API needs Authorization: Bearer <admin token>");
        }
        return null;
    }

    /** A refusal: status and the {@code error} text. */
    private record Refusal(int status, String message) {
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
        if (status == 413 || status == 408 || status == 501) {
            response.setHeader("Connection", "close");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
