package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI at its edges, as a separate process: writability checked before paying, Ctrl-C naming the job, hostile ids
 * and messages escaped and quoted, ids that cannot place files elsewhere, files created with the umask.
 */
class CliEdgesIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("ltxflux.samples", "../samples")).resolve("landscape.png");
    private static final String TOKEN = "user:777-hostileT0ken";

    @TempDir
    Path dir;

    private LtxMockServer mock;
    private HttpServer fake;

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
        if (fake != null) {
            fake.stop(0);
        }
    }

    private LtxMockServer mock(Duration jobDuration) {
        mock = new LtxMockServer(MockConfig.forTests().toBuilder().jobDuration(jobDuration).build()).start();
        return mock;
    }

    private ProcessBuilder process(Map<String, String> env, String umask, String... args) throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> cmd = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (umask != null) {
            cmd.addAll(List.of("sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\"", java));
        } else {
            cmd.add(java);
        }
        cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().remove("USEAPI_TOKEN");
        pb.environment().remove("LTXFLUX_BASE_URL");
        pb.environment().put("LTXFLUX_HOME", dir.resolve("home").toString());
        pb.environment().putAll(env);
        return pb.redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
    }

    private Run finish(Process p) throws Exception {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ltxflux did not finish");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("stderr.txt")));
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        return finish(process(env, null, args).start());
    }

    private Map<String, String> mockEnv() {
        return Map.of("USEAPI_TOKEN", mock.token(), "LTXFLUX_BASE_URL", mock.baseUrl());
    }

    private Map<String, String> fakeEnv() {
        return Map.of("USEAPI_TOKEN", TOKEN, "LTXFLUX_BASE_URL", "http://127.0.0.1:" + fake.getAddress().getPort() + "/v1/ltxstudio");
    }

    // ---- a fake API whose answers the test writes ----

    interface Answer {
        void answer(HttpExchange ex, String jobId) throws IOException;
    }

    private void fakeApi(Answer status) throws IOException {
        fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fake.createContext("/v1/ltxstudio/assets/", ex -> {
            String raw = ex.getRequestURI().getRawPath().substring("/v1/ltxstudio/assets/".length());
            status.answer(ex, URLDecoder.decode(raw, StandardCharsets.UTF_8));
            ex.close();
        });
        fake.createContext("/artifact.png", ex -> send(ex, 200, "image/png", Files.readAllBytes(SAMPLE)));
        fake.createContext("/artifact.html", ex -> send(ex, 200, "text/html", "<html>sign in</html>".getBytes()));
        fake.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        fake.start();
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

    // ---- writability before paying ----

    @Test
    void anUnwritableOutIsRefusedWithExit2BeforeAnyUploadOrSubmit() throws Exception {
        mock(Duration.ofMillis(500));
        Files.writeString(Files.createDirectories(dir.resolve("work")).resolve("blocker"), "a file, not a folder");
        Run r = run(mockEnv(), "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p", "--out", "blocker/out.png");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("error: --out cannot be created").doesNotContain("\tat ");
        assertThat(mock.store().jobs()).isEmpty();
        assertThat(mock.store().uploadCount()).as("only the preloaded example").isEqualTo(1);
    }

    @Test
    void anUnwritableJournalIsRefusedWithExit2BeforeAnyUploadOrSubmit() throws Exception {
        mock(Duration.ofMillis(500));
        Path notAFolder = Files.writeString(dir.resolve("home-file"), "x");
        Run r = run(Map.of("USEAPI_TOKEN", mock.token(), "LTXFLUX_BASE_URL", mock.baseUrl(), "LTXFLUX_HOME", notAFolder.toString()),
                "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p", "--out", "out.png");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("error: the job journal ($LTXFLUX_HOME) cannot be written");
        assertThat(mock.store().jobs()).isEmpty();
        assertThat(mock.store().uploadCount()).isEqualTo(1);
    }

    // ---- Ctrl-C ----

    private Run interrupt(Process p) throws Exception {
        Path err = dir.resolve("stderr.txt");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(err).contains("progress ") && System.nanoTime() < until && p.isAlive()) {
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        assertThat(Files.readString(err)).as("the job is being waited on").contains("progress ");
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        if (!p.waitFor(5, TimeUnit.SECONDS)) {
            // a JVM started with SIGINT ignored (a background job of a non-interactive shell) honours that: TERM
            // runs the same shutdown path
            new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        }
        return finish(p);
    }

    @Test
    void ctrlCDuringEditPrintsTheJobIdAndTheResumeCommandAndTheJobIsJournaled() throws Exception {
        mock(Duration.ofSeconds(60));
        Process p = process(mockEnv(), null, "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p",
                "--out", "o.png").start();
        Run r = interrupt(p);
        assertThat(r.exit()).as(r.err()).isIn(130, 143);
        Matcher m = Pattern.compile("interrupted: job (\\S+) goes on").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        String jobId = m.group(1);
        assertThat(r.err()).contains("resume with: java -jar cli/target/ltxflux.jar wait '" + jobId + "' --out 'o.png'");
        assertThat(run(mockEnv(), "jobs").out()).contains(jobId);
    }

    @Test
    void ctrlCDuringWaitPrintsTheJobIdAndTheResumeCommand() throws Exception {
        mock(Duration.ofSeconds(60));
        Run edit = run(mockEnv(), "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p", "--timeout", "1s");
        assertThat(edit.exit()).as(edit.err()).isEqualTo(5);
        Matcher m = Pattern.compile("wait '([^']+)'").matcher(edit.err());
        assertThat(m.find()).isTrue();
        Run r = interrupt(process(mockEnv(), null, "wait", m.group(1)).start());
        assertThat(r.exit()).isIn(130, 143);
        assertThat(r.err()).contains("interrupted: job " + m.group(1) + " goes on")
                .contains("resume with: java -jar cli/target/ltxflux.jar wait '" + m.group(1) + "'");
    }

    // ---- hostile ids and answers ----

    @Test
    void anIdWithDotDotSlashCannotPlaceTheResultOutsideTheFolder() throws Exception {
        fakeApi(completedWith("/artifact.png"));
        Run r = run(fakeEnv(), "wait", "email:u@e.com-job:../../../escaped-type:image");
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> outside = Files.list(dir)) {
            assertThat(outside.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".png"));
        }
        try (Stream<Path> inside = Files.list(dir.resolve("work"))) {
            assertThat(inside.map(p -> p.getFileName().toString())).singleElement()
                    .satisfies(n -> assertThat(n).endsWith("escaped.png").doesNotStartWith(".").doesNotContain("/"));
        }
    }

    @Test
    void anIdWithAQuoteGivesAResumeLineThatTheShellReadsBackExactly() throws Exception {
        String id = "email:o'brien@e.com-job:1 $(touch pwned)-type:image";
        fakeApi((ex, asked) -> send(ex, 200, "application/json",
                ("{\"jobId\":" + json(asked) + ",\"status\":{\"type\":\"active\",\"progress\":5}}").getBytes(StandardCharsets.UTF_8)));
        Run r = run(fakeEnv(), "wait", id, "--timeout", "1s");
        assertThat(r.exit()).as(r.err()).isEqualTo(5);
        Matcher m = Pattern.compile("resume with: java -jar cli/target/ltxflux.jar wait (.*)").matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        Process sh = new ProcessBuilder("sh", "-c", "printf %s " + m.group(1)).directory(dir.toFile()).start();
        assertThat(new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(id);
        assertThat(sh.waitFor()).isZero();
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void escapesInMessagesAndIdsNeverReachTheTerminalRaw() throws Exception {
        fakeApi((ex, asked) -> send(ex, 200, "application/json", ("{\"jobId\":" + json(asked) + ",\"status\":{\"type\":"
                + "\"failed\",\"message\":" + json("\u001b[2J\u001b]0;pwned\u0007boom\r\nforged") + "}}")
                .getBytes(StandardCharsets.UTF_8)));
        Run r = run(fakeEnv(), "wait", "job-\u001b[31m-red");
        assertThat(r.exit()).as(r.err()).isEqualTo(4);
        assertNoEscapes(r.err());
        assertNoEscapes(r.out());
        assertThat(r.err()).contains("\\u001b[2J").contains("boom");
    }

    @Test
    void htmlServedAsTheResultIsExit3WithTheJobIdAndNoFile() throws Exception {
        fakeApi(completedWith("/artifact.html"));
        Run r = run(fakeEnv(), "wait", "email:u@e.com-job:42-type:image", "--out", "r.png");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("not an image").contains("resume with: java -jar cli/target/ltxflux.jar wait 'email:u@e.com-job:42-type:image'")
                .doesNotContain("\tat ");
        try (Stream<Path> files = Files.list(dir.resolve("work"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aTokenEchoedByTheServerIsNeverPrinted() throws Exception {
        fakeApi((ex, asked) -> send(ex, 401, "application/json",
                ("{\"error\":\"token " + TOKEN + " is not valid\",\"code\":401}").getBytes(StandardCharsets.UTF_8)));
        Run r = run(fakeEnv(), "status", "job-1");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("401").doesNotContain(TOKEN).contains("[redacted]");
    }

    @Test
    void aTokenThatCannotBeAHeaderIsExit2WithoutAStackTrace() throws Exception {
        fakeApi(completedWith("/artifact.png"));
        Run r = run(Map.of("LTXFLUX_BASE_URL", "http://127.0.0.1:" + fake.getAddress().getPort() + "/v1/ltxstudio"),
                "status", "job-1", "--token", "t\u00f6ken\u20ac");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("--token must be visible ASCII").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aStatusBodyThatDripsEndsAtTheReadTimeoutWithExit3() throws Exception {
        fakeApi((ex, asked) -> {
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
        Run r = run(fakeEnv(), "status", "job-1", "--read-timeout", "500ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("4 attempts of 500 ms plus backoff and JVM start")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).contains("no complete answer within 500ms").doesNotContain("\tat ");
    }

    // ---- umask ----

    @Test
    void theResultAndTheJournalAreCreatedWithTheProcessUmask() throws Exception {
        mock(Duration.ofMillis(300));
        Run r = finish(process(mockEnv(), "027", "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p",
                "--out", "u.png").start());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("work/u.png")))).isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("home/jobs.log")))).isEqualTo("rw-r-----");
    }
}
