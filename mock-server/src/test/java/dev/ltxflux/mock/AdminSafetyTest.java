package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The admin API is safe on a developer's machine: loopback Host only, no CORS, token, --no-admin, shutdown, reset. */
class AdminSafetyTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    private RawHttp.Answer admin(String method, String path, String headers, String body) {
        String req = method + " " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        return RawHttp.exchange(ltx.server().port(), req.getBytes(StandardCharsets.UTF_8));
    }

    private String loopback() {
        return "Host: 127.0.0.1:" + ltx.server().port() + "\r\n";
    }

    @Test
    void aForeignHostIsRefusedOnEveryAdminRouteAndLoopbackNamesAreServed() {
        for (String path : new String[] {"/__admin/ltx/jobs", "/__admin/mappings", "/__admin/requests", "/__admin/swagger-ui/"}) {
            RawHttp.Answer a = admin("GET", path, "Host: attacker.example:" + ltx.server().port() + "\r\n", "");
            assertThat(a.status()).as(path).isEqualTo(403);
            assertThat(a.text()).contains("\"code\":403");
        }
        assertThat(admin("GET", "/__admin/ltx/jobs", "Host: attacker.example\r\nX-Forwarded-Host: localhost\r\nForwarded: host=localhost\r\n", "")
                .status()).as("forwarding headers do not launder a foreign Host").isEqualTo(403);
        assertThat(RawHttp.exchange(ltx.server().port(), ("GET http://attacker.example/__admin/ltx/jobs HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).status()).as("absolute-form target").isIn(400, 403);
        for (String host : new String[] {"127.0.0.1", "localhost", "[::1]", "127.0.0.1:" + ltx.server().port(), "LOCALHOST:1"}) {
            assertThat(admin("GET", "/__admin/ltx/jobs", "Host: " + host + "\r\n", "").status()).as(host).isEqualTo(200);
        }
        // the API itself does not care about Host: a client may reach it through any name
        assertThat(RawHttp.exchange(ltx.server().port(), ("GET /v1/ltxstudio/assets/x HTTP/1.1\r\nHost: anything.example\r\n"
                + "Authorization: Bearer " + ltx.token() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(404);
    }

    @Test
    void noCorsOnAdminRoutesAndForeignOriginsAreRefused() {
        RawHttp.Answer preflight = admin("OPTIONS", "/__admin/ltx/jobs", loopback() + "Origin: http://127.0.0.1:5173\r\n"
                + "Access-Control-Request-Method: POST\r\n", "");
        assertThat(preflight.headers()).doesNotContainKeys("access-control-allow-origin", "access-control-allow-credentials");
        RawHttp.Answer same = admin("GET", "/__admin/ltx/jobs", loopback() + "Origin: http://127.0.0.1:" + ltx.server().port() + "\r\n", "");
        assertThat(same.status()).isEqualTo(200);
        RawHttp.Answer otherLocalPage = admin("GET", "/__admin/ltx/jobs", loopback() + "Origin: http://localhost:3000\r\n", "");
        assertThat(otherLocalPage.status()).isEqualTo(403);
        assertThat(same.headers()).doesNotContainKeys("access-control-allow-origin", "access-control-allow-credentials");
        RawHttp.Answer evil = admin("POST", "/__admin/ltx/reset", loopback() + "Origin: https://evil.example\r\n", "");
        assertThat(evil.status()).isEqualTo(403);
        assertThat(evil.headers()).doesNotContainKey("access-control-allow-origin");
    }

    @Test
    void anAdminTokenIsRequiredWhenConfigured() {
        try (LtxMockServer server = new LtxMockServer(MockConfig.forTests().toBuilder().adminToken("s3cret").build()).start()) {
            String base = server.origin() + "/__admin/ltx/jobs";
            assertThat(Http.get(base, null).statusCode()).isEqualTo(401);
            assertThat(Http.get(base, "wrong").statusCode()).isEqualTo(401);
            assertThat(Http.get(server.origin() + "/__admin/mappings", null).statusCode()).isEqualTo(401);
            assertThat(Http.get(base, "s3cret").statusCode()).isEqualTo(200);
            assertThat(server.config().toString()).doesNotContain("s3cret");
        }
    }

    @Test
    void withAnAdminTokenOnlyTheDashboardsOwnFilesAreServedWithoutIt() {
        try (LtxMockServer server = new LtxMockServer(MockConfig.forTests().toBuilder().adminToken("s3cret").build()).start()) {
            String ui = server.origin() + "/__admin/ltx/ui";
            assertThat(Http.get(ui, null).statusCode()).as("the page, which then asks for the token").isEqualTo(200);
            for (String module : dev.ltxflux.mock.extension.DashboardResource.SCRIPTS) {
                assertThat(Http.get(ui + "/" + module, null).statusCode()).as(module).isEqualTo(200);
            }
            assertThat(Http.get(ui + "/style.css", null).statusCode()).isEqualTo(200);
            assertThat(Http.get(ui + "/other.js", null).statusCode()).isEqualTo(401);
            assertThat(Http.get(ui + "/../jobs", null).statusCode()).isIn(400, 401, 404);
            assertThat(Http.postJson(ui, null, "{}").statusCode()).isEqualTo(401);
            assertThat(Http.get(server.origin() + "/__admin/ltx/artifact/x", null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void noAdminDropsTheAdminApiButNotTheApi() {
        try (LtxMockServer server = new LtxMockServer(MockConfig.forTests().toBuilder().admin(false).build()).start()) {
            HttpResponse<byte[]> r = Http.get(server.origin() + "/__admin/ltx/jobs", null);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(Http.text(r)).contains("--no-admin");
            assertThat(Http.send(Http.request(server.origin() + "/__admin/shutdown", null).POST(HttpRequest.BodyPublishers.noBody()).build())
                    .statusCode()).isEqualTo(404);
            assertThat(server.config().edge().admin()).isFalse();
            assertThat(Http.get(server.baseUrl() + "/assets/x", server.token()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void fileWritesProxyStubsAndStubWebhooksAreOffUnlessAskedFor() {
        String proxy = "{\"request\":{\"url\":\"/p\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:9\"}}";
        String persistent = "{\"request\":{\"url\":\"/q\"},\"response\":{\"status\":200},\"persistent\":true}";
        String webhook = "{\"request\":{\"url\":\"/w\"},\"response\":{\"status\":200},\"serveEventListeners\":[{\"name\":\"webhook\","
                + "\"parameters\":{\"url\":\"http://127.0.0.1:9/\",\"method\":\"POST\"}}]}";
        assertThat(admin("POST", "/__admin/mappings", loopback(), proxy).status()).isEqualTo(403);
        assertThat(admin("POST", "/__admin/mappings", loopback(), persistent).status()).isEqualTo(403);
        assertThat(admin("POST", "/__admin/mappings", loopback(), webhook).status()).isEqualTo(403);
        assertThat(admin("POST", "/__admin/mappings/save", loopback(), "").status()).isEqualTo(403);
        assertThat(admin("POST", "/__admin/recordings/snapshot", loopback(), "{}").status()).isEqualTo(403);
        assertThat(admin("PUT", "/__admin/files/x.json", loopback(), "{}").status()).isEqualTo(403);
        assertThat(admin("POST", "/__admin/mappings", loopback(), "{\"request\":{\"url\":\"/plain\"},\"response\":{\"status\":204}}").status())
                .as("a plain in-memory stub is fine").isEqualTo(201);
        try (LtxMockServer server = new LtxMockServer(MockConfig.forTests().toBuilder()
                .allowProxyStubs(true).build()).start()) {
            assertThat(Http.postJson(server.origin() + "/__admin/mappings", null, proxy).statusCode()).isEqualTo(201);
            assertThat(Http.postJson(server.origin() + "/__admin/mappings", null, persistent).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void wireMocksResetAndStubDeletionsCannotRemoveTheLtxBehaviour() {
        MockCalls calls = new MockCalls(ltx);
        String job = calls.submitJob("");
        assertThat(admin("DELETE", "/__admin/mappings/" + dev.ltxflux.mock.extension.LtxRoutes.TABLE.get(0).id(), loopback(), "").status()).isEqualTo(409);
        assertThat(admin("POST", "/__admin/reset", loopback(), "").status()).isEqualTo(200);
        assertThat(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(job), ltx.token()).statusCode()).as("reset forgot the job").isEqualTo(404);
        calls.submitJob("");
        assertThat(admin("POST", "/__admin/mappings/reset", loopback(), "").status()).isEqualTo(200);
        assertThat(admin("DELETE", "/__admin/mappings", loopback(), "").status()).isEqualTo(200);
        calls.submitJob("");
        // an import that deletes everything not imported: the routes come back before the next request is matched
        assertThat(admin("POST", "/__admin/mappings/import", loopback(),
                "{\"mappings\":[{\"request\":{\"url\":\"/i\"},\"response\":{\"status\":204}}],\"importOptions\":{\"deleteAllNotInImport\":true}}")
                .status()).isEqualTo(200);
        calls.submitJob("");
        assertThat(Http.get(ltx.server().origin() + "/i", null).statusCode()).isEqualTo(204);
    }

    @Test
    void journalRoutesAnswer404WhenTheJournalIsOff() {
        try (LtxMockServer server = new LtxMockServer(MockConfig.forTests().toBuilder().requestJournal(false).build()).start()) {
            HttpResponse<byte[]> r = Http.get(server.origin() + "/__admin/requests", null);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(Http.text(r)).contains("--journal");
        }
    }

    @Test
    void shutdownStopsTheServerAndRunsTheExitHook() throws Exception {
        CountDownLatch exited = new CountDownLatch(1);
        LtxMockServer server = new LtxMockServer(MockConfig.forTests(), Clock.systemUTC(), dir).onShutdown(exited::countDown).start();
        HttpResponse<byte[]> r = Http.send(Http.request(server.origin() + "/__admin/shutdown", null).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        server.stop();
    }

    @Test
    void shutdownEndsTheCommandLineProcess() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MockCommand.class.getName(), "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Matcher ready = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = Pattern.compile("ready at (http://127\\.0\\.0\\.1:\\d+)/").matcher(line);
                if (m.find()) {
                    ready = m;
                    break;
                }
            }
            assertThat(ready).as("the mock printed its address").isNotNull();
            HttpResponse<byte[]> r = Http.send(Http.request(ready.group(1) + "/__admin/shutdown", null)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("the process ended").isTrue();
            assertThat(p.exitValue()).isZero();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void linksAreBuiltFromTheBoundAddressNeverFromTheHostHeader() throws Exception {
        byte[] png = MockCalls.PNG;
        String head = "POST /v1/ltxstudio/assets/?type=reference-image HTTP/1.1\r\nHost: attacker.example:666\r\nAuthorization: Bearer "
                + ltx.token() + "\r\nContent-Type: image/png\r\nConnection: close\r\nContent-Length: " + png.length + "\r\n\r\n";
        RawHttp.Answer a = RawHttp.exchange(ltx.server().port(), head, png);
        assertThat(a.status()).isEqualTo(200);
        assertThat(Http.JSON.readTree(a.body()).get("assetUrl").asText()).startsWith(ltx.server().origin() + "/artifacts/")
                .doesNotContain("attacker");
    }
}
