package dev.ltxflux.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The mock's image as a user runs it: {@code docker load} of the tarball the build wrote, {@code docker run
 * --network host} with its options from environment variables, a whole edit flow with a webhook to this JVM, the
 * dashboard, the health check command, the labels and user, and a prompt clean stop on SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MockImageIT {

    static final Path TARBALL = Path.of(System.getProperty("ltxflux.mock.image.tar", "target/ltxflux-mock-image.tar"));
    static final String IMAGE = System.getProperty("ltxflux.mock.image", "ltxflux/mock:0.1.0-SNAPSHOT");
    static final String VERSION = System.getProperty("ltxflux.version", "0.1.0-SNAPSHOT");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TOKEN = "user:4711-image";

    private static String container;
    private static int port;
    private static HttpServer receiver;
    private static final BlockingQueue<String> WEBHOOKS = new ArrayBlockingQueue<>(10);

    @BeforeAll
    static void loadAndRun() throws Exception {
        requireEngine();
        assertThat(TARBALL).isRegularFile();
        assertThat(Docker.ok(120, "load", "-i", TARBALL.toString())).contains(IMAGE);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            WEBHOOKS.offer(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        container = "ltxflux-mock-it-" + UUID.randomUUID().toString().substring(0, 8);
        Docker.ok(60, "run", "-d", "--name", container, "--network", "host", "-e", "LTXFLUX_MOCK_PORT=" + port,
                "-e", "LTXFLUX_MOCK_TOKEN=" + TOKEN, "-e", "LTXFLUX_MOCK_JOB_DURATION=300ms", "-e", "LTXFLUX_MOCK_NO_OUT_OF_SYNC=true",
                "-e", "LTXFLUX_MOCK_WEBHOOK_BACKOFF=100ms", IMAGE);
        awaitHealthy();
    }

    /**
     * A missing engine skips loudly, except where {@code LTXFLUX_DOCKER=required}: {@code .ci/run} sets it once it has
     * started an engine, so losing it there is a failure.
     */
    static void requireEngine() {
        String why = Docker.unavailable();
        if (why != null && "required".equals(System.getenv("LTXFLUX_DOCKER"))) {
            throw new AssertionError("LTXFLUX_DOCKER=required but no Docker engine answers: " + why);
        }
        if (why != null) {
            System.err.println("*** SKIPPED: the container image tests need a Docker engine and none answers: " + why
                    + " (start one: dockerd --bridge=none --iptables=false &) ***");
        }
        Assumptions.assumeTrue(why == null, "no Docker engine: " + why);
    }

    /** The JVM in the container takes a moment to start: read /__health until it answers (bounded, no fixed sleep). */
    private static void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = get("/__health");
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.onSpinWait();
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("the container never answered /__health: " + Docker.run(10, "logs", container).out());
    }

    @AfterAll
    static void cleanUp() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (container != null) {
            Docker.run(30, "rm", "-f", container);
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode post(String path, String contentType, byte[] body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + TOKEN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    @Order(1)
    void healthAnswersUpWithTheVersionAndTheImageHealthcheckCommandAgrees() throws Exception {
        JsonNode health = JSON.readTree(get("/__health").body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("version").asText()).isEqualTo(VERSION);
        String check = Docker.ok(10, "inspect", "--format", "{{json .Config.Healthcheck.Test}}", IMAGE);
        assertThat(check).contains("dev.ltxflux.mock.HealthProbe");
        // the HEALTHCHECK command itself, run in the container as Docker runs it (the first scheduled check is 10 s away)
        Docker.Result probe = Docker.run(30, "exec", container, "java", "-cp", "/app/ltxflux-mock-server.jar", "dev.ltxflux.mock.HealthProbe");
        assertThat(probe.code()).as(probe.out()).isZero();
    }

    @Test
    @Order(2)
    void labelsNameTheVersionAndSourceAndTheProcessIsNotRoot() throws Exception {
        assertThat(Docker.ok(10, "inspect", "--format", "{{index .Config.Labels \"org.opencontainers.image.version\"}}", IMAGE)).isEqualTo(VERSION);
        assertThat(Docker.ok(10, "inspect", "--format", "{{index .Config.Labels \"org.opencontainers.image.source\"}}", IMAGE)).startsWith("https://");
        assertThat(Docker.ok(10, "inspect", "--format", "{{.Config.User}}", IMAGE)).isEqualTo("65532:65532");
        String pid = Docker.ok(10, "inspect", "--format", "{{.State.Pid}}", container);
        assertThat(Files.readAllLines(Path.of("/proc", pid, "status"))).filteredOn(l -> l.startsWith("Uid:"))
                .singleElement().satisfies(l -> assertThat(l.split("\\s+")[1]).isEqualTo("65532"));
    }

    @Test
    @Order(3)
    void aWholeEditFlowWithAWebhookRunsThroughTheContainer() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff8800);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String asset = post("/v1/ltxstudio/assets/?type=reference-image", "image/png", png.toByteArray()).at("/asset/fileId").asText();
        assertThat(asset).startsWith("asset:");
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        JsonNode created = post("/v1/ltxstudio/images/flux-edit", "application/json",
                ("{\"prompt\":\"Add fog\",\"referenceAssetId\":\"" + asset + "\",\"replyUrl\":\"" + hook + "\"}").getBytes(StandardCharsets.UTF_8));
        String jobId = created.get("jobId").asText();
        String webhook = WEBHOOKS.poll(20, TimeUnit.SECONDS);
        assertThat(webhook).as("the webhook reached the host").isNotNull().contains(jobId);
        JsonNode status = JSON.readTree(get("/v1/ltxstudio/assets/" + URLEncoder.encode(jobId, StandardCharsets.UTF_8)).body());
        assertThat(status.at("/status/type").asText()).isEqualTo("completed");
        String artifact = status.at("/status/artifact/assetUrl").asText();
        assertThat(artifact).startsWith("http://127.0.0.1:" + port + "/artifacts/");
        HttpResponse<byte[]> bytes = HTTP.send(HttpRequest.newBuilder(URI.create(artifact)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(bytes.body()))).as("a PNG the JRE in the image rendered").isNotNull();
    }

    @Test
    @Order(4)
    void theDashboardLoadsThroughTheContainer() throws Exception {
        HttpResponse<String> page = get("/__admin/ltx/ui");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("<html");
        HttpResponse<String> jobs = get("/__admin/ltx/jobs");
        assertThat(jobs.statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void sigtermStopsItPromptlyAndCleanly() throws Exception {
        long start = System.nanoTime();
        Docker.ok(30, "stop", "--time", "10", container);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(tookMs).as("SIGTERM, not the 10 s SIGKILL fallback").isLessThan(5000);
        String exit = Docker.ok(10, "inspect", "--format", "{{.State.ExitCode}} {{.State.OOMKilled}}", container);
        // 143 = 128 + SIGTERM: the JVM's own exit after its shutdown hooks ran (never 137, a SIGKILL)
        assertThat(exit).isIn("143 false", "0 false");
        String logs = Docker.run(10, "logs", container).out();
        assertThat(logs).contains("ready at").doesNotContain("Exception");
    }
}
