package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code GET /__health}: {@code {"status":"UP","version":"<mock version>"}} for container health checks, readiness
 * probes and wait strategies. Outside {@code /__admin}, so it needs no admin token and answers any {@code Host} (a probe
 * from another container names the mock by its service name); it is one of the kept LTX routes, so it survives every
 * reset; it carries nothing but the version. It answers once the routes are installed, i.e. once the mock serves.
 */
public final class HealthRoute {

    /** The path the probe reads. */
    public static final String PATH = "/__health";
    /** Its name in {@link LtxRoutes#TABLE} (the seed of its stub id). */
    static final String NAME = "health";

    private static final String VERSION = readVersion();

    private HealthRoute() {
    }

    /** The project version this mock was built as (from the build-filtered {@code version.properties}). */
    public static String version() {
        return VERSION;
    }

    /** The body the route answers. */
    public static String body() {
        return "{\"status\":\"UP\",\"version\":\"" + VERSION + "\"}";
    }

    /** A fresh copy of the stub, without its id (its row of {@link LtxRoutes#TABLE} gives it; WireMock mutates the stubs it holds). */
    static StubMapping stub() {
        return get(urlPathEqualTo(PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("Cache-Control", "no-store").withBody(body()))
                .build();
    }

    private static String readVersion() {
        try (InputStream in = HealthRoute.class.getResourceAsStream("/dev/ltxflux/mock/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            // an unfiltered copy (an IDE that skipped the build's filtering) must not claim a version
            return v.startsWith("${") || !v.matches("[A-Za-z0-9._+-]{1,64}") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
