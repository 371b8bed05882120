package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /__health} is what a container probe reads: no token (admin or API), any Host, kept through every reset,
 * nothing secret in it.
 */
class HealthRouteTest {

    private static final String ADMIN_TOKEN = "admin-secret-4711";

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.adminToken(ADMIN_TOKEN).token("user:secret-api-token"));

    private RawHttp.Answer get(String path, String host) {
        String req = "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
        return RawHttp.exchange(ltx.server().port(), req.getBytes(StandardCharsets.UTF_8));
    }

    private RawHttp.Answer post(String path, String headers) {
        String req = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\nContent-Length: 0\r\n\r\n";
        return RawHttp.exchange(ltx.server().port(), req.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertUp(RawHttp.Answer a) throws Exception {
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        JsonNode body = Http.JSON.readTree(a.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(body.size()).as("only status and version").isEqualTo(2);
    }

    @Test
    void answersUpWithTheProjectVersionWithoutAnyTokenOnLoopback() throws Exception {
        RawHttp.Answer a = get("/__health", "127.0.0.1:" + ltx.server().port());
        assertUp(a);
        assertThat(Http.JSON.readTree(a.body()).get("version").asText()).isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void answersAForeignHostThatTheAdminApiRefuses() throws Exception {
        assertUp(get("/__health", "ltx-mock:8089"));
        assertUp(get("/__health", "attacker.example"));
        assertThat(get("/__admin/ltx/jobs", "ltx-mock:8089").status()).as("the admin API still refuses that Host").isEqualTo(403);
    }

    @Test
    void survivesTheAdminResetAndTheMappingsWipe() throws Exception {
        String auth = "Authorization: Bearer " + ADMIN_TOKEN + "\r\n";
        assertThat(post("/__admin/reset", auth).status()).isEqualTo(200);
        assertUp(get("/__health", "localhost"));
        String delete = "DELETE /__admin/mappings HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "Connection: close\r\n\r\n";
        assertThat(RawHttp.exchange(ltx.server().port(), delete.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertUp(get("/__health", "localhost"));
        ltx.server().resetAll();
        assertUp(get("/__health", "localhost"));
    }

    @Test
    void saysNothingSecret() {
        String text = get("/__health", "localhost").text();
        assertThat(text).doesNotContain(ADMIN_TOKEN, "secret", MockConfig.DEFAULT_TOKEN, "user:");
    }

    @Test
    void theContainerProbeSaysUpForTheMockAndDownForAnythingElse() throws Exception {
        assertThat(HealthProbe.probe("http://127.0.0.1:" + ltx.server().port() + "/__health", 2000)).isZero();
        assertThat(HealthProbe.probe("http://127.0.0.1:" + ltx.server().port() + "/v1/ltxstudio/nothing", 2000)).isEqualTo(1);
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            int port = closed.getLocalPort();
            closed.close();
            assertThat(HealthProbe.probe("http://127.0.0.1:" + port + "/__health", 500)).as("nothing listening").isEqualTo(1);
        }
    }
}
