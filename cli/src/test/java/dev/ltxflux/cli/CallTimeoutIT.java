package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's calls end within {@code --call-timeout} (or {@code $LTXFLUX_CALL_TIMEOUT}) against a server that drips its
 * answer one byte at a time, far inside the 90 s read timeout: the process test of the one total deadline per call.
 */
class CallTimeoutIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));
    private static final String JOB = "email:user@example.com-job:1-type:image";

    @TempDir
    Path dir;
    private HttpServer dripping;

    @BeforeEach
    void start() throws Exception {
        dripping = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        dripping.setExecutor(Executors.newCachedThreadPool());
        dripping.createContext("/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 100_000);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(' ');
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(200);
                }
            } catch (Exception gone) {
                // the client hung up: the point of the test
            }
        });
        dripping.start();
    }

    @AfterEach
    void stop() {
        dripping.stop(0);
    }

    private Process status(String... extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        cmd.addAll(ChildJvm.flags());
        cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "status", JOB));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Files.createDirectories(dir.resolve("work")).toFile());
        pb.environment().put("USEAPI_TOKEN", "user:1-t0ken");
        pb.environment().put("LTXFLUX_BASE_URL", "http://127.0.0.1:" + dripping.getAddress().getPort() + "/v1/ltxstudio");
        pb.environment().put("LTXFLUX_HOME", dir.resolve("home").toString());
        pb.environment().remove("LTXFLUX_CALL_TIMEOUT");
        return pb.redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
    }

    @Test
    void statusAgainstADrippingServerEndsWithinTheCallTimeoutAndSaysSo() throws Exception {
        long t0 = System.nanoTime();
        Process p = status("--call-timeout", "2s");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("ended").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        String out = Files.readString(dir.resolve("out.txt"));
        assertThat(p.exitValue()).as(out).isNotZero();
        assertThat(out).contains("call timeout of 2s").doesNotContain("user:1-t0ken");
        // 2 s of budget plus the JVM's start, nowhere near the 90 s read timeout
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }
}
