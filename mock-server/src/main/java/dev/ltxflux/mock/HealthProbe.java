package dev.ltxflux.mock;

import dev.ltxflux.mock.extension.HealthRoute;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The container's {@code HEALTHCHECK} command ({@code java -cp ltxflux-mock-server.jar dev.ltxflux.mock.HealthProbe}):
 * exits 0 (healthy) when {@code GET http://127.0.0.1:<port>/__health} answers 200 with {@code "status":"UP"}, 1 otherwise. The
 * port is the first argument, else {@code LTXFLUX_MOCK_PORT}, else 8089 (so a container sets its port by that variable).
 * No shell, curl or wget needed: the image has a JRE and nothing else.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = args.length > 0 ? args[0] : System.getenv().getOrDefault("LTXFLUX_MOCK_PORT", "8089");
        int code = probe("http://127.0.0.1:" + port.strip() + HealthRoute.PATH, 3000);
        System.exit(code);
    }

    /** 0 when {@code url} answers 200 with an UP body within {@code timeoutMillis}, 1 otherwise. */
    public static int probe(String url, int timeoutMillis) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
            c.setConnectTimeout(timeoutMillis);
            c.setReadTimeout(timeoutMillis);
            try (InputStream in = c.getInputStream()) {
                String body = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return c.getResponseCode() == 200 && body.replace(" ", "").contains("\"status\":\"UP\"") ? 0 : 1;
            } finally {
                c.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return 1;
        }
    }
}
