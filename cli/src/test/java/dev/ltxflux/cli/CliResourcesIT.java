package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assets}, {@code scheduler} and {@code accounts} as a user runs them: the jar, no token, the embedded mock. */
class CliResourcesIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(Path stdin, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("USEAPI_TOKEN");
        pb.environment().remove("LTXFLUX_BASE_URL");
        pb.environment().put("LTXFLUX_HOME", dir.resolve("home").toString());
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ltxflux did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theNewCommandsRunAgainstTheEmbeddedMockWithoutAToken() throws Exception {
        Run capacity = run(null, "scheduler", "--available");
        assertThat(capacity.exit()).as(capacity.err()).isZero();
        assertThat(capacity.err()).contains("embedded mock server");
        assertThat(capacity.out()).contains("EMAIL").contains("user@example.com");
        Run accounts = run(null, "accounts", "--json");
        assertThat(accounts.exit()).as(accounts.err()).isZero();
        assertThat(accounts.out()).contains("\"user@example.com\"").contains("…secured…");
        Run assets = run(null, "assets");
        assertThat(assets.exit()).as(assets.err()).isZero();
        assertThat(assets.out()).contains("ID");
    }

    @Test
    void aCookieFromStdinNeverShowsInAnyOutput() throws Exception {
        java.util.Base64.Encoder b = java.util.Base64.getUrlEncoder().withoutPadding();
        String cookie = "lt_id=u1; lt_token=" + b.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString("{\"email\":\"stdin@example.com\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln; lt_refresh_token=STDIN-SECRET-9";
        Path file = Files.writeString(dir.resolve("cookie.txt"), cookie + "\n");
        Run add = run(file, "accounts", "add", "--cookie-file", "-", "--max-jobs", "2", "--verbose");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("stdin@example.com");
        assertThat(add.out() + add.err()).doesNotContain("STDIN-SECRET-9");
    }
}
