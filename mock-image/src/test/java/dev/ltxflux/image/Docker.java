package dev.ltxflux.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real {@code docker} command line, for the image tests: run a command, get its exit code and output. */
final class Docker {

    /** A finished command. */
    record Result(int code, String out) {
    }

    private Docker() {
    }

    /**
     * Why no Docker engine can be used here, or null when {@code docker version} reaches one.
     */
    static String unavailable() {
        try {
            Result r = run(20, "version", "--format", "{{.Server.Version}}");
            return r.code() == 0 ? null : "docker version failed: " + r.out().strip();
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    static Result run(long timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + ": no answer within " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run docker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@link #run} that must succeed; returns its output, stripped. */
    static String ok(long timeoutSeconds, String... args) {
        Result r = run(timeoutSeconds, args);
        if (r.code() != 0) {
            throw new AssertionError("docker " + String.join(" ", args) + " exited " + r.code() + ": " + r.out());
        }
        return r.out().strip();
    }
}
