package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.config.MockConfig;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request body is read without holding a request thread: with far more half-sent bodies than request threads, and a
 * body read timeout long past the test, other clients are still served at once, and each slow body, once complete,
 * gets its answer.
 */
class SlowClientsTest {

    private static final int THREADS = 16;
    private static final int SLOW = 48;

    @TempDir
    java.nio.file.Path dir;

    @Test
    void halfSentBodiesHoldNoRequestThreadSoOthersAreServedAndEachSlowBodyIsAnsweredWhenComplete() throws Exception {
        MockConfig config = MockConfig.forTests().toBuilder().maxJobs(100).containerThreads(THREADS).bodyReadTimeout(Duration.ofSeconds(120)).build();
        try (LtxMockServer s = new LtxMockServer(config, Clock.systemUTC(), dir).start()) {
            List<Socket> slow = new ArrayList<>();
            String body = "{\"prompt\":\"slow\",\"referenceAssetId\":\"" + dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try {
                for (int i = 0; i < SLOW; i++) {
                    Socket socket = new Socket("127.0.0.1", s.port());
                    socket.setSoTimeout(15_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /v1/ltxstudio/images/flux-edit HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + s.token()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    // half of them trickle (a first byte sent), half stay idle after their headers
                    if (i % 2 == 0) {
                        out.write(bytes, 0, 1);
                    }
                    out.flush();
                    slow.add(socket);
                }
                long start = System.nanoTime();
                HttpResponse<byte[]> status = Http.get(s.baseUrl() + "/assets/x", s.token());
                HttpResponse<byte[]> submit = Http.postJson(s.baseUrl() + "/images/flux-edit", s.token(), body);
                long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertThat(status.statusCode()).isEqualTo(404);
                assertThat(submit.statusCode()).as(Http.text(submit)).isEqualTo(200);
                assertThat(tookMs).as(SLOW + " half-sent bodies, " + THREADS + " request threads: a status read and a submit").isLessThan(10_000);

                for (int i = 0; i < slow.size(); i++) {
                    OutputStream out = slow.get(i).getOutputStream();
                    int sent = i % 2 == 0 ? 1 : 0;
                    out.write(bytes, sent, bytes.length - sent);
                    out.flush();
                }
                for (Socket socket : slow) {
                    RawHttp.Answer a = RawHttp.read(socket.getInputStream());
                    assertThat(a.status()).as(a.toString()).isEqualTo(200);
                    assertThat(a.text()).contains("\"jobId\"");
                }
                assertThat(s.store().jobCount()).isEqualTo(SLOW + 1);
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }
}
