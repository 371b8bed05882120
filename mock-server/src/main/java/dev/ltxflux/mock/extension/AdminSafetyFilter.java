package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ltxflux.mock.config.EdgeSettings;
import dev.ltxflux.mock.http.ErrorBodies;
import dev.ltxflux.mock.state.JobStore;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * WireMock's own admin API, made safe (the {@code Host}, {@code Origin} and token checks come earlier, in the Jetty
 * guard): no file writes, proxy stubs or stub webhooks unless asked for; {@code reset} keeps the LTX routes;
 * {@code shutdown} ends the process; the journal routes answer 404 when the journal is off.
 */
public final class AdminSafetyFilter implements AdminRequestFilterV2 {

    public static final String NAME = "ltx-admin-safety";
    private static final Pattern PERSISTENT = Pattern.compile("\"persistent\"\\s*:\\s*true");
    private static final Pattern OUTBOUND = Pattern.compile("\"(proxyBaseUrl|serveEventListeners|postServeActions|targetBaseUrl)\"");

    private final JobStore store;
    private final Admin admin;
    private final ServerControl control;
    private final EdgeSettings edge;
    private final Consumer<Admin> routes;

    /** {@code routes} puts back what the mock serves (the LTX routes, or the recording proxy) after a reset. */
    public AdminSafetyFilter(JobStore store, Admin admin, ServerControl control, Consumer<Admin> routes) {
        this.store = store;
        this.admin = admin;
        this.control = control;
        this.routes = routes;
        this.edge = store.config().edge();
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String path = path(request);
        RequestMethod method = request.getMethod();
        String body = bodyText(request);
        if (method.equals(RequestMethod.POST) && path.equals("/shutdown")) {
            control.shutdown();
            return stop(200, "{\"shutdown\":true}");
        }
        if (method.equals(RequestMethod.POST) && (path.equals("/reset") || path.equals("/mappings/reset"))) {
            if (path.equals("/reset")) {
                admin.resetAll();
                store.reset();
            } else {
                admin.resetToDefaultMappings();
            }
            routes.accept(admin);
            return stop(200, "{\"reset\":true,\"ltxRoutes\":\"kept\"}");
        }
        if (method.equals(RequestMethod.DELETE) && path.equals("/mappings")) {
            admin.resetMappings();
            routes.accept(admin);
            return stop(200, "{\"deleted\":true,\"ltxRoutes\":\"kept\"}");
        }
        if (path.startsWith("/mappings/") && (method.equals(RequestMethod.DELETE) || method.equals(RequestMethod.PUT))
                && isLtxRoute(path.substring("/mappings/".length()))) {
            return refuse(409, "the LTX routes cannot be removed or replaced (add your own stubs at a higher priority instead)");
        }
        if (path.startsWith("/requests") && store.config().server().requestJournal() == false && !path.startsWith("/requests/unmatched/near-misses")) {
            return refuse(404, "the request journal is off: start the mock with --journal");
        }
        if (!edge.allowAdminWrites() && writes(method, path, body)) {
            return refuse(403, "the admin API does not write files unless the mock is started with --allow-admin-writes");
        }
        if (!edge.allowProxyStubs() && (OUTBOUND.matcher(body).find() || path.startsWith("/recordings"))) {
            return refuse(403, "stubs that proxy, record or call out (proxyBaseUrl, webhooks, recordings) need --allow-proxy-stubs");
        }
        return RequestFilterAction.continueWith(request);
    }

    private static boolean writes(RequestMethod method, String path, String body) {
        boolean read = method.equals(RequestMethod.GET) || method.equals(RequestMethod.HEAD) || method.equals(RequestMethod.OPTIONS);
        return path.startsWith("/mappings/save") || (path.startsWith("/files") && !read)
                || (path.startsWith("/recordings") && !read) || PERSISTENT.matcher(body).find();
    }

    /** The admin route without the {@code /__admin} prefix and without the query. */
    private static String path(Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        String p = q < 0 ? url : url.substring(0, q);
        return p.startsWith("/__admin") ? p.substring("/__admin".length()) : p;
    }

    private static String bodyText(Request request) {
        byte[] body = request.getBody();
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private static boolean isLtxRoute(String id) {
        try {
            return LtxRoutes.IDS.contains(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static RequestFilterAction refuse(int status, String message) {
        return stop(status, ErrorBodies.json(status, message));
    }

    private static RequestFilterAction stop(int status, String json) {
        ResponseDefinition answer = responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(json).build();
        return RequestFilterAction.stopWith(answer);
    }
}
