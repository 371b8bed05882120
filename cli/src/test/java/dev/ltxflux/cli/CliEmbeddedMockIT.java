package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded mock (no token) stopped by a signal while it waits, as a separate process: its shutdown hook keeps the
 * job ({@code $LTXFLUX_HOME/mock-state}) so that the next run resumes it. (The embedded mock across ordinary runs is
 * tested in-process: {@link EmbeddedMockTest}.)
 */
class CliEmbeddedMockIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("ltxflux.samples", "../samples")).resolve("landscape.png");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Path home() {
        return dir.resolve("home");
    }

    private ProcessBuilder process(Map<String, String> env, String... args) throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(ChildJvm.flags());
        cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().remove("USEAPI_TOKEN");
        pb.environment().remove("LTXFLUX_BASE_URL");
        pb.environment().put("LTXFLUX_HOME", home().toString());
        pb.environment().put("LTXFLUX_POLL_INTERVAL", "100ms"); // a first progress line soon
        pb.environment().put("LTXFLUX_MOCK_JOB_DURATION", "2s");
        pb.environment().putAll(env);
        return pb.redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
    }

    private Run finish(Process p) throws Exception {
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ltxflux did not finish");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aJobOfAnEmbeddedRunStoppedWhileWaitingIsResumedByTheNextRun() throws Exception {
        Process p = process(Map.of(), "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p", "--out", "o.png").start();
        Path err = dir.resolve("stderr.txt");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(err).contains("progress ") && System.nanoTime() < until && p.isAlive()) {
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        Run stopped = finish(p);
        Matcher m = Pattern.compile("wait '([^']+)'").matcher(stopped.err());
        assertThat(m.find()).as(stopped.err()).isTrue();

        var resumed = InProcessCli.in(dir).run("wait", m.group(1), "--out", "resumed.png");

        assertThat(resumed.exit()).as(resumed.all()).isZero();
        assertThat(ImageIO.read(dir.resolve("work/resumed.png").toFile())).isNotNull();
    }

}
