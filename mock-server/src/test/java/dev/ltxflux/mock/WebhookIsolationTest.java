package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.state.WebhookDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One bad webhook receiver cannot delay another's delivery; deliveries have a total timeout; the mock's admin API is never a target. */
class WebhookIsolationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.webhookAttempts(1).webhookTimeout(TIMEOUT));

    private final MockCalls calls = new MockCalls(ltx);

    /** A receiver that answers 200 and then a body that never ends (or, with {@code silent}, never answers at all). */
    private static ServerSocket hostile(boolean silent, List<Socket> open) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    open.add(s);
                    Thread feeder = new Thread(() -> feed(s, silent));
                    feeder.setDaemon(true);
                    feeder.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static void feed(Socket s, boolean silent) {
        try (s) {
            InputStream in = s.getInputStream();
            if (silent) {
                while (in.read(new byte[8192]) >= 0) {
                    // read everything, never answer: blocks until the mock gives up
                }
                return;
            }
            in.read(new byte[65536]);
            OutputStream out = s.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            while (true) {
                out.write("1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                TimeUnit.MILLISECONDS.sleep(20); // the hostile receiver trickles: this is its nature, not a test wait
            }
        } catch (IOException | InterruptedException e) {
            // the mock hung up: what we want
        }
    }

    @Test
    void endlessAndSilentReceiversDelayNeitherAGoodOneNorEachOtherBeyondTheTimeout() throws Exception {
        List<Socket> open = new CopyOnWriteArrayList<>();
        ServerSocket endless = hostile(false, open);
        ServerSocket silent = hostile(true, open);
        CountDownLatch good = new CountDownLatch(1);
        HttpServer receiver = Http.webhookReceiver(() -> 204, body -> good.countDown());
        try {
            for (int i = 0; i < 3; i++) {
                calls.submitJob(",\"replyUrl\":\"http://127.0.0.1:" + endless.getLocalPort() + "/endless\"");
                calls.submitJob(",\"replyUrl\":\"http://127.0.0.1:" + silent.getLocalPort() + "/silent\"");
            }
            long start = System.nanoTime();
            String goodJob = calls.submitJob(",\"replyUrl\":\"http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook\"");
            assertThat(good.await(TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS)).isTrue();
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(tookMs).as("the good receiver got its webhook before the bad ones' timeout ran out").isLessThan(TIMEOUT.toMillis());
            List<WebhookDelivery> log = awaitDeliveries(7);
            assertThat(log).filteredOn(d -> d.jobId().equals(goodJob)).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(204));
            assertThat(log).filteredOn(d -> d.url().endsWith("/silent")).hasSize(3)
                    .allSatisfy(d -> assertThat(d.error()).contains("timed out"));
            // the endless body: the status came, the body read was cut at the deadline or the size bound
            assertThat(log).filteredOn(d -> d.url().endsWith("/endless")).hasSize(3).allSatisfy(d -> assertThat(d.status()).isEqualTo(200));
        } finally {
            receiver.stop(0);
            endless.close();
            silent.close();
            for (Socket s : open) {
                s.close();
            }
        }
    }

    private static List<WebhookDelivery> awaitDeliveries(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (ltx.server().store().deliveries().all().size() < n && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return ltx.server().store().deliveries().all();
    }

    @Test
    void aReplyUrlAtTheMocksOwnAdminApiOrAddressIsRefusedAtSubmit() {
        int port = ltx.server().port();
        for (String url : List.of("http://127.0.0.1:" + port + "/__admin/ltx/reset", "http://localhost:" + port + "/__admin/shutdown",
                "http://127.0.0.1:" + port + "/v1/ltxstudio/images/flux-edit", "http://127.0.0.1:1/__admin/reset", "http://[::1]:" + port + "/x",
                "http://10.0.0.8/hook", "http://169.254.169.254/latest/meta-data")) {
            HttpResponse<byte[]> r = calls.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + calls.uploadPng() + "\",\"replyUrl\":\"" + url + "\"}");
            assertThat(r.statusCode()).as(url).isEqualTo(400);
            assertThat(Http.json(r).get("error").asText()).as(url).startsWith("replyUrl: ");
        }
        assertThat(ltx.server().store().jobCount()).isZero();
    }

    @Test
    void privateTargetsAreAllowedWhenAskedFor() {
        // the job never ends while the server runs (1 h), so nothing is ever sent to the private address
        try (LtxMockServer server = new LtxMockServer(MockConfig.forTests().toBuilder().jobDuration(Duration.ofHours(1))
                .webhookAllowPrivate(true).build()).start()) {
            HttpResponse<byte[]> r = Http.postJson(server.baseUrl() + "/images/flux-edit", server.token(), "{\"prompt\":\"p\",\"referenceAssetId\":\""
                    + dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID + "\",\"replyUrl\":\"http://10.0.0.8:9/hook\"}");
            assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
            HttpResponse<byte[]> self = Http.postJson(server.baseUrl() + "/images/flux-edit", server.token(), "{\"prompt\":\"p\",\"referenceAssetId\":\""
                    + dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID + "\",\"replyUrl\":\"http://127.0.0.1:" + server.port() + "/__admin/reset\"}");
            assertThat(self.statusCode()).as("the mock itself stays refused").isEqualTo(400);
        }
    }
}
