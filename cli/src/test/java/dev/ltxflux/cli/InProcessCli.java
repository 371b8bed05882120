package dev.ltxflux.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the {@code ltxflux} command object in this JVM, as {@code main} would, with its own environment variables,
 * working folder ({@code <dir>/work}), journal home ({@code <dir>/home}) and streams (stdin: what {@link #input} set,
 * else empty): no process, no shared state, so
 * test classes run in parallel. The embedded mock runs short jobs ({@code LTXFLUX_MOCK_JOB_DURATION}) and the client
 * polls often ({@code LTXFLUX_POLL_INTERVAL}) unless a test sets them.
 */
final class InProcessCli {

    /** The sample image every flow edits. */
    static final Path SAMPLE = Path.of(System.getProperty("ltxflux.samples", "../samples")).resolve("landscape.png").toAbsolutePath();

    record Run(int exit, String out, String err) {
        /** Both streams, for failure messages. */
        String all() {
            return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private final Path dir;
    private final Map<String, String> env = new HashMap<>();
    private byte[] input = new byte[0];

    private InProcessCli(Path dir) {
        this.dir = dir;
        env.put(Connection.ENV_HOME, home().toString());
        env.put("LTXFLUX_MOCK_JOB_DURATION", "300ms");
        env.put(Connection.ENV_POLL_INTERVAL, "50ms");
    }

    /** A CLI whose files live under {@code dir}, with no token and no base URL (the embedded mock). */
    static InProcessCli in(Path dir) {
        return new InProcessCli(dir);
    }

    /** Sets (or with null, removes) environment variables of the later runs. */
    InProcessCli env(Map<String, String> variables) {
        variables.forEach((k, v) -> {
            if (v == null) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        return this;
    }

    InProcessCli env(String name, String value) {
        return env(java.util.Collections.singletonMap(name, value));
    }

    /** What the later runs read from their stdin (each run reads it from the start). */
    InProcessCli input(String text) {
        this.input = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    /** The token and base URL of a mock (or any server) the runs talk to. */
    InProcessCli against(String token, String baseUrl) {
        return env(Map.of("USEAPI_TOKEN", token, "LTXFLUX_BASE_URL", baseUrl));
    }

    Path home() {
        return dir.resolve("home");
    }

    Path work() {
        return dir.resolve("work");
    }

    /** Runs {@code ltxflux args...} and returns its exit code and output. */
    Run run(String... args) {
        try {
            Files.createDirectories(work());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Charset cs = Charset.defaultCharset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, cs); PrintStream e = new PrintStream(err, true, cs)) {
            int exit = LtxfluxCommand.run(new CliEnvironment(env, work(), new ByteArrayInputStream(input), o, e, false), args);
            return new Run(exit, out.toString(cs), err.toString(cs));
        }
    }
}
