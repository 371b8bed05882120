package dev.ltxflux.mock.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.view.ClockView;
import dev.ltxflux.mock.view.DashboardView;
import dev.ltxflux.mock.view.DeliveryView;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.RequestView;
import dev.ltxflux.mock.view.UploadView;
import dev.ltxflux.mock.view.ViewJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A typed client of the mock's admin API ({@code /__admin/ltx/...}), to steer a running mock and to assert on what a
 * client sent: {@code LtxMockAdmin.at("http://127.0.0.1:8089").jobs()}. Works against the runnable jar, a container or
 * the JUnit extension ({@link LtxMockExtension#admin()}). Plain JDK HTTP and Jackson; thread-safe. What it returns are
 * the mock's own admin views ({@code dev.ltxflux.mock.view}: {@link JobView}, {@link RequestView}, ...), read with the
 * same Jackson mapping the mock writes them with.
 */
public final class LtxMockAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern JOB_UUID =
            Pattern.compile("(?:^|-job:)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?:$|-type:)");

    private final String admin;
    private final String authorization;
    private final HttpClient http;
    private final ObjectMapper json = ViewJson.mapper();

    private LtxMockAdmin(String origin, String adminToken) {
        this.admin = origin.replaceAll("/+$", "") + "/__admin/ltx/";
        this.authorization = adminToken == null ? null : "Bearer " + adminToken;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** The admin API of the mock at {@code origin} ({@code http://host:port}, without {@code /v1/ltxstudio}). */
    public static LtxMockAdmin at(String origin) {
        return new LtxMockAdmin(origin, null);
    }

    /** The admin API of a mock started with {@code --admin-token}: every call sends that token (null: none). */
    public static LtxMockAdmin at(String origin, String adminToken) {
        return new LtxMockAdmin(origin, adminToken);
    }

    /** Every job the mock holds, oldest first, with what the client asked for, as the mock's clock sees it now. */
    public List<JobView> jobs() {
        return list(get("jobs"), JobView.class);
    }

    /** The job with that id, if the mock holds it. */
    public Optional<JobView> job(String jobId) {
        return jobs().stream().filter(j -> j.jobId().equals(jobId)).findFirst();
    }

    /**
     * Ends an active job now as {@code failed} with the mock's default message: its next status read says so, its
     * concurrency slot frees, its webhook (if any) goes now. {@code job} is the jobId or the uuid inside it. Throws when
     * the job is unknown (404) or has already ended (409).
     */
    public JobView failJob(String job) {
        return read(send("POST", "jobs/" + uuid(job) + "/fail", ""), JobView.class);
    }

    /** {@link #failJob(String)} with the failure message the status read shall carry. */
    public JobView failJob(String job, String message) {
        return read(send("POST", "jobs/" + uuid(job) + "/fail", json.createObjectNode().put("message", message).toString()),
                JobView.class);
    }

    /** The uploads held, oldest first, the preloaded documented example included. */
    public List<UploadView> uploads() {
        return list(get("uploads"), UploadView.class);
    }

    /** Webhook POST attempts, oldest first. */
    public List<DeliveryView> webhooks() {
        return list(get("webhooks"), DeliveryView.class);
    }

    /** The last requests to the API and artifact routes (method, URL, status, small JSON bodies), oldest first. */
    public List<RequestView> requests() {
        return list(get("requests"), RequestView.class);
    }

    /** Everything the dashboard shows, in one read (lists newest first). */
    public DashboardView dashboard() {
        return read(get("dashboard"), DashboardView.class);
    }

    /** Strict-mode findings: responses or webhooks of the mock that drifted from the schemas. */
    public List<String> drifts() {
        return list(get("drifts"), String.class);
    }

    /** Faults still planned. */
    public List<Fault> faults() {
        return list(get("faults"), Fault.class);
    }

    /** Plans a fault, e.g. {@code Fault.status("submit", 500, 1)}. */
    public void addFault(Fault fault) {
        send("POST", "faults", json.valueToTree(fault).toString());
    }

    public void clearFaults() {
        send("DELETE", "faults", null);
    }

    /** Moves the mock's clock forward: jobs progress, end and send their webhooks without anyone sleeping. */
    public ClockView advance(Duration amount) {
        return read(send("POST", "clock", json.createObjectNode().put("advanceMillis", amount.toMillis()).toString()),
                ClockView.class);
    }

    /** Stops ({@code true}) or restarts ({@code false}) the mock's clock. */
    public ClockView freeze(boolean frozen) {
        return read(send("POST", "clock", json.createObjectNode().put("freeze", frozen).toString()), ClockView.class);
    }

    /** The mock's clock: its time, whether it stands still, and how far it was moved ahead of real time. */
    public ClockView clock() {
        return read(get("clock"), ClockView.class);
    }

    /** How the mock was started (strict mode, request list, accounts); never a token. */
    public dev.ltxflux.mock.view.SettingsView settings() {
        return dashboard().settings();
    }

    /** The live accounts (added and removed through the API), with balances and running jobs; never a cookie. */
    public List<dev.ltxflux.mock.view.AccountView> accounts() {
        List<dev.ltxflux.mock.view.AccountView> out = new ArrayList<>();
        get("accounts").forEach(n -> out.add(read(n, dev.ltxflux.mock.view.AccountView.class)));
        return List.copyOf(out);
    }

    /** The running jobs and each account's free slots, as the API's scheduler views show them. */
    public dev.ltxflux.mock.view.SchedulerView scheduler() {
        return read(get("scheduler"), dev.ltxflux.mock.view.SchedulerView.class);
    }

    /** Stops tracking a running job (as {@code DELETE scheduler/{jobId}}); throws when it is not running (404). */
    public void stopJob(String job) {
        send("DELETE", "scheduler/" + uuid(job), null);
    }

    /** Forgets jobs, uploads, faults and logs. */
    public void reset() {
        send("POST", "reset", "");
    }

    private JsonNode get(String path) {
        return send("GET", path, null);
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(admin + path)).timeout(TIMEOUT);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
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

    private <T> List<T> list(JsonNode array, Class<T> type) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(read(n, type)));
        return List.copyOf(out);
    }

    private <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException(admin + ": unexpected " + type.getSimpleName() + " " + node, e);
        }
    }

    /** The uuid inside a jobId ({@code email:…-job:<uuid>-type:image}), or {@code job} itself when it is one. */
    private static String uuid(String job) {
        Matcher m = JOB_UUID.matcher(job);
        if (!m.find()) {
            throw new IllegalArgumentException("job: give a jobId (email:…-job:<uuid>-type:image) or its uuid, not '" + job + "'");
        }
        return m.group(1);
    }

    /**
     * A planned fault (see the README's test controls).
     *
     * @param route       a route name of the mock's table ({@code submit}, {@code create}, {@code upscale}, {@code status},
     *                    {@code upload}, {@code artifact}, {@code scheduler}, {@code account-create} …) or {@code any}
     * @param action      {@code status}, {@code drop}, {@code delay} or {@code fail-job} (the next job made on
     *                    {@code route} fails: {@code submit}, {@code create}, {@code upscale} or {@code any})
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
