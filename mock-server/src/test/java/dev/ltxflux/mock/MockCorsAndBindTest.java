package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code --cors} for browser apps on the API routes only, {@code --bind}, and a busy port as one clear line. */
class MockCorsAndBindTest {

    static final String APP = "http://app.test:3000";

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.corsOrigins(List.of(APP)));

    private static HttpResponse<byte[]> preflight(String url, String origin) {
        return Http.send(Http.request(url, null).header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutCredentials() {
        HttpResponse<byte[]> r = preflight(ltx.baseUrl() + "/images/flux-edit", APP);
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains(APP);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers")).contains("authorization, content-type");
    }

    @Test
    void answersToAnAllowedOriginCarryTheHeaderEvenWhenRefused() {
        HttpResponse<byte[]> unauthorized = Http.send(Http.request(ltx.baseUrl() + "/assets/x", "wrong").header("Origin", APP).GET().build());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("Access-Control-Allow-Origin")).contains(APP);
        HttpResponse<byte[]> ok = Http.send(Http.request(ltx.baseUrl() + "/assets/" + MockCalls.encode("email:a@b.c-job:x-type:image"),
                ltx.token()).header("Origin", APP).GET().build());
        assertThat(ok.statusCode()).isEqualTo(404);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).contains(APP);
        assertThat(ok.headers().allValues("Access-Control-Allow-Origin")).hasSize(1);
    }

    @Test
    void otherOriginsAndTheAdminRoutesGetNoCors() {
        HttpResponse<byte[]> stranger = preflight(ltx.baseUrl() + "/images/flux-edit", "http://evil.test");
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(stranger.statusCode()).isNotEqualTo(204);
        HttpResponse<byte[]> admin = Http.send(Http.request(ltx.server().origin() + "/__admin/ltx/jobs", null)
                .header("Origin", APP).GET().build());
        assertThat(admin.statusCode()).as("WireMock's admin context answers CORS to anyone: the mock refuses other origins")
                .isEqualTo(403);
        assertThat(Http.text(admin)).contains("the admin API serves no other web origin");
        HttpResponse<byte[]> own = Http.send(Http.request(ltx.server().origin() + "/__admin/ltx/jobs", null)
                .header("Origin", ltx.server().origin()).GET().build());
        assertThat(own.statusCode()).as("the dashboard itself is same-origin").isEqualTo(200);
    }

    @Test
    void withoutCorsAPreflightGetsNoCorsHeaders() {
        try (LtxMockServer plain = new LtxMockServer(MockConfig.forTests()).start()) {
            HttpResponse<byte[]> r = preflight(plain.baseUrl() + "/images/flux-edit", APP);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void corsAndBindValuesAreChecked() {
        assertThatThrownBy(() -> MockConfig.forTests().toBuilder().corsOrigins(List.of("app.test/path")).build())
                .hasMessageContaining("--cors must be * or origins like http://localhost:3000");
        assertThatThrownBy(() -> MockConfig.forTests().toBuilder().bindAddress("my host").build())
                .hasMessageContaining("--bind must be an IP address");
        MockCommand command = new MockCommand();
        new CommandLine(command).parseArgs("--bind", "0.0.0.0", "--cors", "http://a.test:1,http://b.test");
        assertThat(command.config().server().bindAddress()).isEqualTo("0.0.0.0");
        assertThat(command.config().server().corsOrigins()).containsExactly("http://a.test:1", "http://b.test");
        assertThat(MockConfig.defaults().server().bindAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void bindListensOnTheGivenAddressOnly() throws Exception {
        // a port free on 127.0.0.1 (an ephemeral port of 127.0.0.2 may be in use on 127.0.0.1 by another test's server)
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        try (LtxMockServer other = new LtxMockServer(MockConfig.forTests().toBuilder().bindAddress("127.0.0.2").port(port)
                .build()).start()) {
            assertThat(other.baseUrl()).startsWith("http://127.0.0.2:");
            assertThat(Http.get(other.baseUrl() + "/assets/x", other.token()).statusCode()).isEqualTo(404);
            assertThatThrownBy(() -> Http.get("http://127.0.0.1:" + other.port() + "/v1/ltxstudio/assets/x", other.token()))
                    .isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void aBusyPortIsOneClearLineNotAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CommandLine cli = new CommandLine(new MockCommand(new PrintStream(out, true, StandardCharsets.UTF_8)));
            cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
            int code = cli.execute("--port", String.valueOf(taken.getLocalPort()));
            assertThat(code).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("ltxflux mock: --port " + taken.getLocalPort()
                    + " is already in use on 127.0.0.1 (another mock running? stop it, choose another --port, or --port 0 for a free one)");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        }
    }
}
