package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against a server whose answers the test writes, in-process: hostile ids and messages escaped and quoted, ids
 * that cannot place files elsewhere, a token never printed. (A dripping answer: the process test {@link CliEdgesIT}.)
 */
// its methods run at once: each has its own instance, @TempDir and fake server, and the dripping one mostly waits
@Execution(ExecutionMode.CONCURRENT)
class HostileServerTest {

    private static final String TOKEN = "user:777-hostileT0ken";

    @TempDir
    Path dir;

    private HttpServer fake;

    interface Answer {
        void answer(HttpExchange ex, String jobId) throws IOException;
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.stop(0);
        }
    }

    private InProcessCli fakeApi(Answer status) throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/v1/ltxstudio/assets/", ex -> {
            String raw = ex.getRequestURI().getRawPath().substring("/v1/ltxstudio/assets/".length());
            status.answer(ex, URLDecoder.decode(raw, StandardCharsets.UTF_8));
            ex.close();
        });
        fake.createContext("/artifact.png", ex -> send(ex, 200, "image/png", Files.readAllBytes(InProcessCli.SAMPLE)));
        fake.createContext("/artifact.html", ex -> send(ex, 200, "text/html", "<html>sign in</html>".getBytes()));
        fake.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        fake.start();
        return InProcessCli.in(dir).against(TOKEN, "http://127.0.0.1:" + fake.getAddress().getPort() + "/v1/ltxstudio");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private Answer completedWith(String artifactPath) {
        return (ex, id) -> send(ex, 200, "application/json", ("{\"jobId\":" + json(id) + ",\"status\":{\"type\":\"completed\","
                + "\"progress\":100,\"artifact\":{\"assetUrl\":\"http://127.0.0.1:" + fake.getAddress().getPort() + artifactPath
                + "\"}}}").getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoEscapes(String text) {
        assertThat(text.chars().filter(c -> c == 0x1B || c == 0x07 || c == 0x9B || c == '\r').count())
                .as("raw control characters in:\n" + text).isZero();
    }

    @Test
    void anIdWithDotDotSlashCannotPlaceTheResultOutsideTheFolder() throws Exception {
        InProcessCli cli = fakeApi(completedWith("/artifact.png"));
        var r = cli.run("wait", "email:u@e.com-job:../../../escaped-type:image");
        assertThat(r.exit()).as(r.all()).isZero();
        try (Stream<Path> outside = Files.list(dir)) {
            assertThat(outside.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".png"));
        }
        try (Stream<Path> inside = Files.list(cli.work())) {
            assertThat(inside.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(n -> assertThat(n).endsWith("escaped.png").doesNotStartWith(".").doesNotContain("/"));
        }
    }

    @Test
    void anIdWithAQuoteGivesAResumeLineThatTheShellReadsBackExactly() throws Exception {
        String id = "email:o'brien@e.com-job:1 $(touch pwned)-type:image";
        InProcessCli cli = fakeApi((ex, asked) -> send(ex, 200, "application/json",
                ("{\"jobId\":" + json(asked) + ",\"status\":{\"type\":\"active\",\"progress\":5}}").getBytes(StandardCharsets.UTF_8)));
        var r = cli.run("wait", id, "--timeout", "1s");
        assertThat(r.exit()).as(r.all()).isEqualTo(5);
        Matcher m = Pattern.compile("resume with: java -jar cli/target/ltxflux.jar wait (.*)").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        Process sh = new ProcessBuilder("sh", "-c", "printf %s " + m.group(1)).directory(dir.toFile()).start();
        assertThat(new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(id);
        assertThat(sh.waitFor()).isZero();
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void escapesInMessagesAndIdsNeverReachTheTerminalRaw() throws Exception {
        InProcessCli cli = fakeApi((ex, asked) -> send(ex, 200, "application/json", ("{\"jobId\":" + json(asked)
                + ",\"status\":{\"type\":\"failed\",\"message\":" + json("\u001b[2J\u001b]0;pwned\u0007boom\r\nforged") + "}}")
                .getBytes(StandardCharsets.UTF_8)));
        var r = cli.run("wait", "job-\u001b[31m-red");
        assertThat(r.exit()).as(r.all()).isEqualTo(4);
        assertNoEscapes(r.err());
        assertNoEscapes(r.out());
        assertThat(r.err()).contains("\\u001b[2J").contains("boom");
    }

    @Test
    void htmlServedAsTheResultIsExit3WithTheCompleteResumeLineAndNoFile() throws Exception {
        InProcessCli cli = fakeApi(completedWith("/artifact.html"));
        var r = cli.run("wait", "email:u@e.com-job:42-type:image", "--out", "r.png");
        assertThat(r.exit()).as(r.all()).isEqualTo(3);
        assertThat(r.err()).contains("not an image")
                .contains("resume with: java -jar cli/target/ltxflux.jar wait 'email:u@e.com-job:42-type:image' --out 'r.png'")
                .doesNotContain("\tat ");
        try (Stream<Path> files = Files.list(cli.work())) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aTokenEchoedByTheServerIsNeverPrinted() throws Exception {
        InProcessCli cli = fakeApi((ex, asked) -> send(ex, 401, "application/json",
                ("{\"error\":\"token " + TOKEN + " is not valid\",\"code\":401}").getBytes(StandardCharsets.UTF_8)));
        var r = cli.run("status", "job-1");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("401").doesNotContain(TOKEN).contains("[redacted]");
    }

    @Test
    void aTokenThatCannotBeAHeaderIsExit2WithoutAStackTrace() throws Exception {
        InProcessCli cli = fakeApi(completedWith("/artifact.png")).env("USEAPI_TOKEN", null);
        var r = cli.run("status", "job-1", "--token", "t\u00f6ken\u20ac");
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("--token must be visible ASCII").doesNotContain("\tat ").doesNotContain("Exception");
    }
    @Test
    void aStatusBodyThatDripsEndsAtTheReadTimeoutWithExit3() throws Exception {
        InProcessCli cli = fakeApi((ex, asked) -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 100_000);
            try {
                for (int i = 0; i < 600; i++) {
                    ex.getResponseBody().write(' ');
                    ex.getResponseBody().flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException clientGone) {
                // the client cut the exchange at its deadline
            }
        });
        long start = System.nanoTime();
        InProcessCli.Run r = cli.run("status", "job-1", "--read-timeout", "500ms");
        // each attempt ends at 500 ms (the server would drip for 60 s): a generous bound, far below one whole drip
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("4 attempts of 500 ms plus backoff")
                .isLessThan(Duration.ofSeconds(45));
        assertThat(r.exit()).as(r.all()).isEqualTo(ExitCode.API_ERROR);
        assertThat(r.err()).contains("no complete answer within 500ms").doesNotContain("\tat ");
    }
}
