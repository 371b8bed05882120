package dev.ltxflux.mock.http;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.ltxflux.mock.config.MockConfig;
import java.util.Arrays;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.FilterMapping;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;
import wiremock.org.eclipse.jetty.servlet.ServletHandler;

/**
 * WireMock's Jetty 11 server with the mock's edges: {@link EdgeGuard} in front of everything, {@link JsonErrorHandler}
 * on the server and both contexts, no CORS on the admin context. Request bodies are read without a thread
 * ({@link AsyncBodyReader}), so a client that trickles its body holds a connection until the body read timeout, never a
 * request thread; no minimum data rate cuts a slow client early (it would cut a small body sent a few seconds late).
 */
public final class GuardedJettyServer extends Jetty11HttpServer {

    private final MockConfig config;

    private GuardedJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs, MockConfig config) {
        super(options, admin, stubs);
        this.config = config;
        // the constructor of the superclass built the handlers before this.config was set: wrap them now
        Handler built = jettyServer.getHandler();
        EdgeGuard guard = new EdgeGuard(config);
        guard.setHandler(built);
        jettyServer.setHandler(guard);
        jettyServer.setErrorHandler(new JsonErrorHandler());
    }

    /**
     * Whether WireMock's Jetty server on the class path is the one of {@code wiremock-standalone} (Jetty relocated under
     * {@code wiremock.}), which this class extends. A user's own plain {@code org.wiremock:wiremock} beside ours may win
     * the class path with the same class built on unrelocated Jetty: then the guarded server cannot be used, and the
     * mock runs on WireMock's own (every LTX behaviour stays; the Jetty-level edge checks are what is lost).
     */
    public static boolean usable() {
        try {
            for (Class<?> c = Jetty11HttpServer.class; c != null; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (f.getName().equals("jettyServer")) {
                        return f.getType() == Server.class;
                    }
                }
            }
            return false;
        } catch (LinkageError e) {
            return false;
        }
    }

    /** The factory to give {@code WireMockConfiguration.httpServerFactory(...)}. */
    public static HttpServerFactory factory(MockConfig config) {
        return new HttpServerFactory() {
            @Override
            public String getName() {
                return "ltx-guarded-jetty";
            }

            @Override
            public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
                return new GuardedJettyServer(options, admin, stubs, config);
            }
        };
    }

    @Override
    protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings settings, NetworkTrafficListener listener) {
        ServerConnector connector = super.createHttpConnector(bindAddress, port, settings, listener);
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
            // same protocol name: replaces WireMock's HTTP/1.1 factory and stays the connector's default
            String protocol = http.getProtocol();
            connector.removeConnectionFactory(protocol);
            connector.addFirstConnectionFactory(new ClientErrorConnectionFactory(http.getHttpConfiguration()));
            connector.setDefaultProtocol(protocol);
        }
        return connector;
    }

    @Override
    protected void applyAdditionalServerConfiguration(Server server, Options options) {
        super.applyAdditionalServerConfiguration(server, options);
        server.setErrorHandler(new JsonErrorHandler());
    }

    @Override
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler());
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler());
        // WireMock allows every Origin with credentials on its admin API: any web page could drive it. Take that out.
        ServletHandler servlets = context.getServletHandler();
        if (servlets.getFilters() == null) {
            return;
        }
        FilterHolder[] kept = Arrays.stream(servlets.getFilters())
                .filter(h -> !h.getClassName().endsWith("CrossOriginFilter")).toArray(FilterHolder[]::new);
        FilterMapping[] mappings = servlets.getFilterMappings() == null ? new FilterMapping[0] : Arrays.stream(servlets.getFilterMappings())
                .filter(m -> Arrays.stream(kept).anyMatch(h -> h.getName().equals(m.getFilterName()))).toArray(FilterMapping[]::new);
        servlets.setFilters(kept);
        servlets.setFilterMappings(mappings);
    }
}
