package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accounts add --cookie-file -} reads the cookie from the run's own input stream ({@link CliEnvironment#in()}). */
class AccountsCookieInputTest {

    static final String REFRESH = "refresh-SECRET-stdin-31";

    @TempDir
    Path dir;

    private static String cookie(String email) {
        return ResourceCommandsTest.cookie(email).replace(ResourceCommandsTest.REFRESH, REFRESH);
    }

    @Test
    void theCookieIsReadFromTheRunsInputStreamAndShownNowhere() {
        InProcessCli cli = InProcessCli.in(dir).input("Cookie: " + cookie("stdin@example.com") + "\n");

        InProcessCli.Run add = cli.run("accounts", "add", "--cookie-file", "-", "--max-jobs", "2", "--verbose");

        assertThat(add.exit()).as(add.all()).isZero();
        assertThat(add.out()).contains("account stdin@example.com configured (maxJobs 2)");
        InProcessCli.Run list = cli.run("accounts", "--json");
        assertThat(list.out()).contains("\"stdin@example.com\"");
        assertThat(add.all() + list.all()).doesNotContain(REFRESH);
    }

    @Test
    void anEmptyInputStreamIsRefusedNamingTheCookieBeforeAnythingIsSent() {
        InProcessCli cli = InProcessCli.in(dir).input("\n\n");

        InProcessCli.Run add = cli.run("accounts", "add", "--cookie-file", "-");

        assertThat(add.exit()).as(add.all()).isEqualTo(ExitCode.INVALID);
        assertThat(add.err()).contains("error: --cookie-file - (stdin) holds no cookie");
        assertThat(cli.run("accounts").out()).doesNotContain("stdin@example.com");
    }
}
