package dev.ltxflux.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the CLI takes from the world: its environment variables, the folder relative paths are read from,
 * its input stream, its two output streams, and whether stderr is a terminal (progress bar or progress lines). {@link #system()} is the
 * process's own; tests run the command object in-process with their own ({@code LtxfluxCommand.run(env, args)}).
 *
 * @param env        the environment variables ({@code USEAPI_TOKEN}, {@code LTXFLUX_HOME}, {@code LTXFLUX_MOCK_*}, ...)
 * @param workingDir where relative paths ({@code --image}, {@code --out}, ...) are read from; the empty path is the
 *                   process's current folder, so that printed paths stay as the user typed them
 * @param in         what {@code -} reads (e.g. {@code accounts add --cookie-file -})
 * @param out        results (saved file, JSON, asset ids)
 * @param err        progress, notes and errors
 * @param terminal   whether to draw a redrawn progress bar rather than one line per change
 */
record CliEnvironment(Map<String, String> env, Path workingDir, InputStream in, PrintStream out, PrintStream err,
        boolean terminal) {

    CliEnvironment {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /** The process's environment, current folder, stdin, stdout and stderr. */
    static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Path.of(""), System.in, System.out, System.err, System.console() != null);
    }

    /** A path as the user gave it, read from {@link #workingDir()} (an absolute path stays as it is). */
    Path resolve(Path path) {
        return path == null ? null : workingDir.resolve(path);
    }

    /** A variable, or null when unset or blank. */
    String variable(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
