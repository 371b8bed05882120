package dev.ltxflux.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The mock's admin API over HTTP: WireMock's request journal and mappings, and the {@code /__admin/ltx/} controls. */
final class MockAdmin {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final String origin;

    MockAdmin(String origin) {
        this.origin = origin;
    }

    /** A request as WireMock's journal recorded it. */
    record Recorded(String method, String url, JsonNode headers, String body) {
        String header(String name) {
            for (var e : headers.properties()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().isArray() ? e.getValue().get(0).asText() : e.getValue().asText();
                }
            }
            return null;
        }
    }

    List<Recorded> requests() {
        List<Recorded> out = new ArrayList<>();
        for (JsonNode r : get("/__admin/requests").get("requests")) {
            JsonNode q = r.get("request");
            out.add(new Recorded(q.get("method").asText(), q.get("url").asText(), q.path("headers"), q.path("body").asText("")));
        }
        return out;
    }

    long count(String method, String pathPrefix) {
        return requests().stream().filter(r -> r.method().equals(method) && r.url().startsWith(pathPrefix)).count();
    }

    JsonNode mappings() {
        return get("/__admin/mappings").get("mappings");
    }

    JsonNode jobs() {
        return get("/__admin/ltx/jobs");
    }

    JsonNode webhooks() {
        return get("/__admin/ltx/webhooks");
    }

    JsonNode drifts() {
        return get("/__admin/ltx/drifts");
    }

    void fault(String json) {
        send(HttpRequest.newBuilder(URI.create(origin + "/__admin/ltx/faults")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Forgets LTX state and WireMock's request journal. */
    void reset() {
        send(HttpRequest.newBuilder(URI.create(origin + "/__admin/ltx/reset")).POST(HttpRequest.BodyPublishers.noBody()).build());
        send(HttpRequest.newBuilder(URI.create(origin + "/__admin/requests")).DELETE().build());
    }

    private JsonNode get(String path) {
        try {
            return Fixtures.JSON.readTree(send(HttpRequest.newBuilder(URI.create(origin + path)).GET().build()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
