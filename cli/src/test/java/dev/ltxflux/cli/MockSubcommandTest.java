package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ltxflux mock}: its usage under its own name, a usage error in one line, its URLs, a busy port in one line. */
class MockSubcommandTest {

    @TempDir
    Path dir;

    @Test
    void helpIsTheUsageOfLtxfluxMock() {
        var r = InProcessCli.in(dir).run("mock", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Usage: ltxflux mock ").doesNotContain("ltxflux-mock").contains("--job-duration");
    }

    @Test
    void aDurationWithoutUnitIsItsReasonAndAPointerNotTheWholeUsage() {
        var r = InProcessCli.in(dir).run("mock", "--job-duration", "4");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: Invalid value for option '--job-duration': '4' is not a duration"
                + " (use e.g. 500ms, 4s, 2m, 1h)\nRun 'ltxflux mock --help' for its options.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBusyPortIsOneClearLineWithExit2() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            var r = InProcessCli.in(dir).run("mock", "--port", Integer.toString(busy.getLocalPort()));
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("ltxflux mock: --port " + busy.getLocalPort()
                    + " is already in use on 127.0.0.1 (another mock running? stop it, choose another --port, or --port 0 for a free one)");
        }
    }

    @Test
    void itPrintsItsApiUrlTokenAndDashboardUrlAndTheDashboardAnswers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Charset cs = Charset.defaultCharset();
        PrintStream stream = new PrintStream(out, true, cs);
        CliEnvironment env = new CliEnvironment(Map.of(), dir, InputStream.nullInputStream(), stream, stream, false);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> LtxfluxCommand.run(env, "mock", "--port", "0"));
        Pattern dashboard = Pattern.compile("dashboard: (http://127\\.0\\.0\\.1:\\d+)/__admin/ltx/ui");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Matcher m = dashboard.matcher(out.toString(cs));
        while (!m.find() && System.nanoTime() < until && !running.isDone()) {
            try {
                running.get(20, TimeUnit.MILLISECONDS); // waits for the ready lines, or for an early end
            } catch (TimeoutException stillStarting) {
                m = dashboard.matcher(out.toString(cs));
            }
        }
        assertThat(m.find(0)).as(out.toString(cs)).isTrue();
        assertThat(running.isDone()).as("still running").isFalse();
        String origin = m.group(1);
        assertThat(out.toString(cs)).contains("ltxflux mock server ready at " + origin + "/v1/ltxstudio (token: user:12345-mock)");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(origin + "/__admin/ltx/ui")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("<html");
        http.send(HttpRequest.newBuilder(URI.create(origin + "/__admin/shutdown")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(running.get(30, TimeUnit.SECONDS)).isZero();
    }
}
