package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assets}, {@code scheduler} and {@code accounts} as a user runs them: no token, the embedded mock, each command
 * its own run (in-process, {@link InProcessCli}: what these prove is not about the process).
 */
class ResourcesEmbeddedTest {

    @TempDir
    Path dir;

    @Test
    void theNewCommandsRunAgainstTheEmbeddedMockWithoutAToken() {
        InProcessCli cli = InProcessCli.in(dir);
        InProcessCli.Run capacity = cli.run("scheduler", "--available");
        assertThat(capacity.exit()).as(capacity.all()).isZero();
        assertThat(capacity.err()).contains("embedded mock server");
        assertThat(capacity.out()).contains("EMAIL").contains("user@example.com");
        InProcessCli.Run accounts = cli.run("accounts", "--json");
        assertThat(accounts.exit()).as(accounts.all()).isZero();
        assertThat(accounts.out()).contains("\"user@example.com\"").contains("…secured…");
        InProcessCli.Run assets = cli.run("assets");
        assertThat(assets.exit()).as(assets.all()).isZero();
        assertThat(assets.out()).contains("ID");
    }

    @Test
    void aCookieFromStdinNeverShowsInAnyOutput() {
        java.util.Base64.Encoder b = java.util.Base64.getUrlEncoder().withoutPadding();
        String cookie = "lt_id=u1; lt_token=" + b.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString("{\"email\":\"stdin@example.com\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln; lt_refresh_token=STDIN-SECRET-9";
        InProcessCli.Run add = InProcessCli.in(dir).input(cookie + "\n")
                .run("accounts", "add", "--cookie-file", "-", "--max-jobs", "2", "--verbose");
        assertThat(add.exit()).as(add.all()).isZero();
        assertThat(add.out()).contains("stdin@example.com");
        assertThat(add.out() + add.err()).doesNotContain("STDIN-SECRET-9");
    }
}
