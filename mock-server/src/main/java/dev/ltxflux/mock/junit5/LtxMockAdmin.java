package dev.ltxflux.mock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A typed client of the mock's admin API ({@code /__admin/ltx/...}), to steer a running mock and to assert on what a
 * client sent: {@code LtxMockAdmin.at("http://127.0.0.1:8089").jobs()}. Works against the runnable jar, a container or
 * the JUnit extension ({@link LtxMockExtension#admin()}). Plain JDK HTTP and Jackson; thread-safe.
 */
public final class LtxMockAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String admin;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    private LtxMockAdmin(String origin) {
        this.admin = origin.replaceAll("/+$", "") + "/__admin/ltx/";
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** The admin API of the mock at {@code origin} ({@code http://host:port}, without {@code /v1/ltxstudio}). */
    public static LtxMockAdmin at(String origin) {
        return new LtxMockAdmin(origin);
    }

    /** Every job the mock holds, with what the client asked for, as the mock's clock sees it now. */
    public List<Job> jobs() {
        return list(get("jobs"), n -> new Job(n.path("jobId").asText(), n.path("uuid").asText(), n.path("account").asText(),
                n.path("phase").asText(), n.path("progress").asInt(), instant(n, "createdAt"), instant(n, "completesAt"),
                text(n, "prompt"), text(n, "referenceAssetId"), text(n, "aspectRatio"),
                n.hasNonNull("seed") ? n.get("seed").asLong() : null, text(n, "model"), text(n, "replyUrl"),
                text(n, "replyRef"), text(n, "failure")));
    }

    /** The job with that id, if the mock holds it. */
    public Optional<Job> job(String jobId) {
        return jobs().stream().filter(j -> j.jobId().equals(jobId)).findFirst();
    }

    /** The uploads held, the preloaded documented example included. */
    public List<Upload> uploads() {
        return list(get("uploads"), n -> new Upload(n.path("fileId").asText(), n.path("account").asText(),
                n.path("mimeType").asText(), n.path("bytes").asInt(), instant(n, "createdAt")));
    }

    /** Webhook POST attempts, oldest first. */
    public List<Delivery> webhooks() {
        return list(get("webhooks"), n -> new Delivery(n.path("jobId").asText(), n.path("url").asText(),
                n.path("attempt").asInt(), n.path("status").asInt(), n.path("delivered").asBoolean(), text(n, "error"),
                text(n, "body"), instant(n, "at")));
    }

    /** The last requests to the API and artifact routes (method, URL, status, small JSON bodies), oldest first. */
    public List<Request> requests() {
        return list(get("requests"), n -> new Request(n.path("method").asText(), n.path("url").asText(),
                n.path("status").asInt(), n.path("millis").asLong(), instant(n, "at"), text(n, "contentType"),
                n.path("bodyBytes").asInt(), text(n, "body")));
    }

    /** Strict-mode findings: responses or webhooks of the mock that drifted from the schemas. */
    public List<String> drifts() {
        return list(get("drifts"), JsonNode::asText);
    }

    /** Faults still planned. */
    public List<Fault> faults() {
        return list(get("faults"), n -> new Fault(n.path("route").asText(), n.path("action").asText(),
                n.path("status").asInt(), n.path("delayMillis").asLong(), n.path("times").asInt()));
    }

    /** Plans a fault, e.g. {@code Fault.status("submit", 500, 1)}. */
    public void addFault(Fault fault) {
        ObjectNode body = json.createObjectNode().put("route", fault.route()).put("action", fault.action())
                .put("status", fault.status()).put("delayMillis", fault.delayMillis()).put("times", fault.times());
        send("POST", "faults", body.toString());
    }

    public void clearFaults() {
        send("DELETE", "faults", null);
    }

    /** Moves the mock's clock forward: jobs progress, end and send their webhooks without anyone sleeping. */
    public ClockState advance(Duration amount) {
        return clockState(send("POST", "clock", json.createObjectNode().put("advanceMillis", amount.toMillis()).toString()));
    }

    /** Stops ({@code true}) or restarts ({@code false}) the mock's clock. */
    public ClockState freeze(boolean frozen) {
        return clockState(send("POST", "clock", json.createObjectNode().put("freeze", frozen).toString()));
    }

    public ClockState clock() {
        return clockState(get("clock"));
    }

    /** Forgets jobs, uploads, faults and logs. */
    public void reset() {
        send("POST", "reset", "");
    }

    private ClockState clockState(JsonNode n) {
        return new ClockState(instant(n, "now"), n.path("frozen").asBoolean(), Duration.ofMillis(n.path("offsetMillis").asLong()));
    }

    private JsonNode get(String path) {
        return send("GET", path, null);
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(admin + path)).timeout(TIMEOUT);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(r.body(), StandardCharsets.UTF_8);
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + admin + path + " answered " + r.statusCode() + ": " + text);
            }
            return text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + admin + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> map) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(map.apply(n)));
        return List.copyOf(out);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static Instant instant(JsonNode n, String field) {
        return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()) : null;
    }

    /**
     * A job as the mock holds it.
     *
     * @param phase    {@code active}, {@code completed} or {@code failed}, by the mock's clock
     * @param progress 0–100
     * @param seed     null when the request named none (likewise the other request fields)
     * @param failure  the planned failure's message, or null
     */
    public record Job(String jobId, String uuid, String account, String phase, int progress, Instant createdAt,
            Instant completesAt, String prompt, String referenceAssetId, String aspectRatio, Long seed, String model,
            String replyUrl, String replyRef, String failure) {
    }

    /** An upload the mock holds. */
    public record Upload(String fileId, String account, String mimeType, int bytes, Instant createdAt) {
    }

    /** One webhook POST attempt; {@code status} 0 when no answer came. */
    public record Delivery(String jobId, String url, int attempt, int status, boolean delivered, String error, String body,
            Instant at) {
    }

    /** One request the API routes served; {@code body} only for small JSON or text bodies. No headers are kept. */
    public record Request(String method, String url, int status, long millis, Instant at, String contentType,
            int bodyBytes, String body) {
    }

    /** The mock's clock: its time, whether it stands still, and how far it was moved ahead of real time. */
    public record ClockState(Instant now, boolean frozen, Duration offset) {
    }

    /**
     * A planned fault (see the README's test controls).
     *
     * @param route       {@code submit}, {@code status}, {@code upload}, {@code artifact} or {@code any}
     * @param action      {@code status}, {@code drop}, {@code delay} or {@code fail-job}
     * @param status      the HTTP status for {@code status}
     * @param delayMillis the extra latency for {@code delay}
     * @param times       how many matching requests it hits
     */
    public record Fault(String route, String action, int status, long delayMillis, int times) {

        /** Answer {@code status} (with the documented error body) on the next {@code times} requests of {@code route}. */
        public static Fault status(String route, int status, int times) {
            return new Fault(route, "status", status, 0, times);
        }

        /** The next submitted job ends {@code failed}. */
        public static Fault failNextJob() {
            return new Fault("submit", "fail-job", 0, 0, 1);
        }
    }
}
