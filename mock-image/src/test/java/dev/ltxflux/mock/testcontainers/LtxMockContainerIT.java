package dev.ltxflux.mock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.mock.extension.HealthRoute;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/**
 * LtxMockContainer (module {@code mock-testcontainers}) against the image this module just wrote, in host network mode
 * (no bridge on these machines). It lives here, beside the image, so that the Testcontainers module needs nothing built
 * after it: that module compiles right after the mock server, and the reactor never waits on the image for it.
 */
class LtxMockContainerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void loadTheImage() throws Exception {
        Path tar = Path.of(System.getProperty("ltxflux.mock.image.tar", "target/ltxflux-mock-image.tar"));
        String why = docker("version", "--format", "{{.Server.Version}}") == 0 ? null : "docker version failed";
        if (why != null && "required".equals(System.getenv("LTXFLUX_DOCKER"))) {
            throw new AssertionError("LTXFLUX_DOCKER=required but no Docker engine answers");
        }
        if (why != null) {
            System.err.println("*** SKIPPED: LtxMockContainerIT needs a Docker engine and none answers ***");
        }
        Assumptions.assumeTrue(why == null, "no Docker engine");
        assertThat(tar).isRegularFile();
        assertThat(docker("load", "-i", tar.toString())).isZero();
    }

    private static int docker(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "docker";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noDocker) {
            return 127;
        }
        return p.waitFor(120, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theImageTagIsTheLibrarysVersion() {
        LtxMockContainer c = new LtxMockContainer();
        assertThat(c.getDockerImageName()).isEqualTo("ltxflux/mock:" + HealthRoute.version());
        assertThat(HealthRoute.version()).isNotEqualTo("unknown");
        assertThatThrownBy(() -> new LtxMockContainer(DockerImageName.parse("wiremock/wiremock:3")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startsWhenHealthyAndServesTheApiAndTheAdminClientWithItsOptions() throws Exception {
        int port = freePort();
        try (LtxMockContainer mock = new LtxMockContainer().withNetworkMode("host").withMockPort(port)
                .withMockOption("--token", "user:77-tc").withMockOption("--job-duration", "200ms")) {
            mock.start();
            assertThat(mock.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/v1/ltxstudio");
            HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(mock.origin() + "/__health")));
            assertThat(health.body()).contains("\"UP\"", HealthRoute.version());

            HttpResponse<String> wrongToken = send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/images/flux-edit"))
                    .header("Authorization", "Bearer user:12345-mock").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(wrongToken.statusCode()).as("--token reached the mock").isEqualTo(401);
            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/images/flux-edit"))
                    .header("Authorization", "Bearer " + mock.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"Add fog\",\"referenceAssetId\":\""
                            + dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID + "\"}", StandardCharsets.UTF_8)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

            assertThat(mock.admin().jobs()).singleElement().satisfies(j -> assertThat(created.body()).contains(j.jobId()));
            mock.admin().reset();
            assertThat(mock.admin().jobs()).isEmpty();
            assertThat(send(HttpRequest.newBuilder(URI.create(mock.origin() + "/__health"))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aMockThatCannotStartFailsTheStartInsteadOfHanging() throws Exception {
        Files.createDirectories(Path.of("target"));
        try (LtxMockContainer mock = new LtxMockContainer().withNetworkMode("host").withMockPort(freePort())
                .withMockOption("--max-jobs", "none")) {
            assertThatThrownBy(mock::start).hasStackTraceContaining("stopped before /__health answered UP");
        }
    }
}
