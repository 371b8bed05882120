package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.io.IOException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI at its edges that only a separate process shows: Ctrl-C naming the job, files created with the process's
 * umask. (Hostile ids and answers, a dripping answer ended by the read timeout, and the checks before paying, run
 * in-process: {@link HostileServerTest}, {@link EditOptionsTest}; the process test of the call deadline is
 * {@link CallTimeoutIT}.)
 */
// its methods run at once: each has its own instance, @TempDir, mock and process, and they mostly wait on a child JVM
@Execution(ExecutionMode.CONCURRENT)
class CliEdgesIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("ltxflux.samples", "../samples")).resolve("landscape.png");

    @TempDir
    Path dir;

    private LtxMockServer mock;

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
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
        cmd.addAll(ChildJvm.flags());
        cmd.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().remove("USEAPI_TOKEN");
        pb.environment().remove("LTXFLUX_BASE_URL");
        pb.environment().put("LTXFLUX_HOME", dir.resolve("home").toString());
        pb.environment().put("LTXFLUX_POLL_INTERVAL", "100ms"); // a first progress line soon
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

    private Map<String, String> mockEnv() {
        return Map.of("USEAPI_TOKEN", mock.token(), "LTXFLUX_BASE_URL", mock.baseUrl());
    }

    // ---- Ctrl-C ----

    private Run interrupt(Process p) throws Exception {
        Path err = dir.resolve("stderr.txt");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(err).contains("progress ") && System.nanoTime() < until && p.isAlive()) {
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        assertThat(Files.readString(err)).as("the job is being waited on").contains("progress ");
        // a JVM started with SIGINT ignored (a background job of a non-interactive shell, as a build often is) honours
        // that: TERM runs the same shutdown path, sent at once when the process's signal mask shows SIGINT ignored
        boolean ignored = ignoresSigint(p);
        if (!ignored) {
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        }
        if (ignored || !p.waitFor(5, TimeUnit.SECONDS)) {
            new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        }
        return finish(p);
    }

    /** True when {@code /proc/<pid>/status} says SIGINT (signal 2, bit 1 of SigIgn) is ignored; false where unknown. */
    private static boolean ignoresSigint(Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & 0x2L) != 0;
                }
            }
        } catch (IOException | RuntimeException unknown) {
            // not Linux, or the process is gone: send INT and wait as before
        }
        return false;
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
        assertThat(InProcessCli.in(dir).env(mockEnv()).run("jobs").out()).contains(jobId);
    }

    @Test
    void ctrlCDuringWaitPrintsTheJobIdAndTheResumeCommand() throws Exception {
        mock(Duration.ofSeconds(60));
        var edit = InProcessCli.in(dir).env(mockEnv()).run("edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p",
                "--timeout", "300ms");
        assertThat(edit.exit()).as(edit.all()).isEqualTo(5);
        Matcher m = Pattern.compile("wait '([^']+)'").matcher(edit.err());
        assertThat(m.find()).isTrue();
        Run r = interrupt(process(mockEnv(), null, "wait", m.group(1)).start());
        assertThat(r.exit()).isIn(130, 143);
        assertThat(r.err()).contains("interrupted: job " + m.group(1) + " goes on")
                .contains("resume with: java -jar cli/target/ltxflux.jar wait '" + m.group(1) + "'");
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
