package dev.ltxflux.cli;

import static dev.ltxflux.cli.InProcessCli.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that cannot be reached, or a URL that names no API, is said in plain words: the host and port, "connection
 * refused" or "cannot resolve", where the URL came from and what to do; no Java class names (unless {@code --verbose})
 * and no resume line for a call that never reached a server. Names resolve from this module's test hosts file, so no
 * lookup leaves the machine.
 */
// its methods run at once: each has its own instance and @TempDir, and most wait out the client's retry backoff
@Execution(ExecutionMode.CONCURRENT)
class ConnectionMessagesTest {

    private static final String TOKEN = "user:5-some-token";

    @TempDir
    Path dir;

    /** A loopback port nothing listens on (bound, then closed). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void assertNoClassNames(String text) {
        assertThat(text).doesNotContainPattern("[A-Z]\\w*Exception").doesNotContain("\tat ");
    }

    @Test
    void aWrongPortSaysConnectionRefusedWithHostPortAndSourceAndNoResumeLine() throws Exception {
        int port = closedPort();
        var r = InProcessCli.in(dir).against(TOKEN, "http://127.0.0.1:" + port + "/v1/ltxstudio").run("status", "foo");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("error: cannot connect to host 127.0.0.1 port " + port)
                .contains("from $LTXFLUX_BASE_URL").contains("connection refused").contains("nothing reached the server")
                .contains("Check the host and port in $LTXFLUX_BASE_URL").doesNotContain("resume with");
        assertNoClassNames(r.err());
    }

    @Test
    void aWaitThatNeverReachedAServerHasNoResumeLineEither() throws Exception {
        int port = closedPort();
        var r = InProcessCli.in(dir).run("wait", "foo", "--base-url", "http://127.0.0.1:" + port + "/v1/ltxstudio", "--token", TOKEN);
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("connection refused").contains("from --base-url").doesNotContain("resume with");
        assertNoClassNames(r.err());
    }

    @Test
    void anEditThatNeverReachedAServerSaysNothingWasSentAndHasNoResumeLine() throws Exception {
        int port = closedPort();
        var r = InProcessCli.in(dir).against(TOKEN, "http://127.0.0.1:" + port + "/v1/ltxstudio")
                .run("edit", "--image", SAMPLE.toString(), "--prompt", "p");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("connection refused").contains("nothing reached the server").doesNotContain("resume with");
        assertNoClassNames(r.err());
    }

    @Test
    void anUnknownHostSaysCannotResolveIt() {
        var r = InProcessCli.in(dir).against(TOKEN, "https://no-such-host.invalid:8443/v1/ltxstudio").run("status", "foo");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("error: cannot resolve the host 'no-such-host.invalid'").contains("from $LTXFLUX_BASE_URL")
                .doesNotContain("resume with");
        assertNoClassNames(r.err());
    }

    @Test
    void verboseAddsTheDetails() throws Exception {
        int port = closedPort();
        var r = InProcessCli.in(dir).against(TOKEN, "http://127.0.0.1:" + port + "/v1/ltxstudio").run("status", "foo", "--verbose");
        assertThat(r.err()).contains("connection refused").contains("Exception").contains("\tat ");
    }

    @Test
    void aBaseUrlWithoutTheApiPathGivesAHintInsteadOfABare404() {
        try (LtxMockServer mock = new LtxMockServer(MockConfig.forTests()).start()) {
            InProcessCli cli = InProcessCli.in(dir).against(mock.token(), mock.origin());
            var status = cli.run("status", "job-1");
            var edit = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "p");
            for (var r : new InProcessCli.Run[] {status, edit}) {
                assertThat(r.exit()).as(r.all()).isEqualTo(3);
                assertThat(r.err()).contains("404").contains("note: the base URL " + mock.origin() + " (from $LTXFLUX_BASE_URL)"
                        + " does not end in /v1/ltxstudio, where the API's paths are: try " + mock.origin() + "/v1/ltxstudio.");
            }
        }
    }

    @Test
    void aBaseUrlWithTheApiPathGetsNoSuchHint() {
        try (LtxMockServer mock = new LtxMockServer(MockConfig.forTests()).start()) {
            var r = InProcessCli.in(dir).against(mock.token(), mock.baseUrl()).run("status", "job-1");
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).contains("404").doesNotContain("does not end in");
        }
    }

    @Test
    void aBaseUrlWithoutATokenNamesWhereTheUrlCameFrom() {
        var fromEnv = InProcessCli.in(dir).env("LTXFLUX_BASE_URL", "http://127.0.0.1:1/v1/ltxstudio").run("status", "x");
        assertThat(fromEnv.exit()).isEqualTo(2);
        assertThat(fromEnv.err().strip()).isEqualTo("error: --token is required with $LTXFLUX_BASE_URL (or set USEAPI_TOKEN);"
                + " without LTXFLUX_BASE_URL the embedded mock needs none");
        var fromFlag = InProcessCli.in(dir).run("status", "x", "--base-url", "http://127.0.0.1:1/v1/ltxstudio");
        assertThat(fromFlag.err()).contains("error: --token is required with --base-url (or set USEAPI_TOKEN)");
    }
}
