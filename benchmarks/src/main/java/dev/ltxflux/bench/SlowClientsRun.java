package dev.ltxflux.bench;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.JobStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slow clients against the in-process mock (127.0.0.1 only): {@code trickle} connections send a submit's body one byte
 * at a time (one byte per connection every 100 ms; a connection the mock cuts is opened again), {@code idle} more send
 * a submit's headers and then nothing. Meanwhile one well-behaved client reads a job's status {@code reads} times, each
 * with a 10 s bound; printed: the p50/p99/max of those reads, how many failed, the request threads configured, the
 * mock's Jetty threads at their peak and, of them, the most seen parked in a blocking body read. Bounded: at most {@code reads} reads and 120 s of attack.
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.SlowClientsRun [trickle] [idle] [reads]}.
 */
public final class SlowClientsRun {

    private static final Duration READ_BOUND = Duration.ofSeconds(10);
    private static final long ATTACK_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private SlowClientsRun() {
    }

    public static void main(String[] args) throws Exception {
        int trickle = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int idle = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int reads = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        MockConfig config = MockConfig.builder().port(0).jobDuration(Duration.ofHours(1)).build();
        LtxMockServer mock = new LtxMockServer(config).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(READ_BOUND).build();
        List<Socket> idlers = new ArrayList<>();
        Socket[] tricklers = new Socket[trickle];
        try {
            String job = submit(http, mock);
            URI status = URI.create(mock.baseUrl() + "/assets/" + java.net.URLEncoder.encode(job, StandardCharsets.UTF_8));
            System.out.printf("quiet: %s%n", summary(readStatus(http, mock, status, 50, null, null, new int[2])));
            for (int i = 0; i < idle; i++) {
                Socket s = new Socket("127.0.0.1", mock.port());
                s.getOutputStream().write(head(mock, 1000));
                idlers.add(s);
            }
            for (int i = 0; i < trickle; i++) {
                tricklers[i] = openTrickler(mock);
            }
            long[] reopened = {0};
            int[] peakJetty = {0, 0};
            long[] latencies = readStatus(http, mock, status, reads, tricklers, reopened, peakJetty);
            System.out.printf("attack (%d trickling, %d idle after headers): %s; trickling connections reopened after a cut: %d%n",
                    trickle, idle, summary(latencies), reopened[0]);
            System.out.printf("request threads configured: %d; Jetty threads at peak: %d, of them blocked reading a body: %d%n",
                    config.edge().containerThreads(), peakJetty[0], peakJetty[1]);
        } finally {
            for (Socket s : idlers) {
                s.close();
            }
            for (Socket s : tricklers) {
                if (s != null) {
                    s.close();
                }
            }
            mock.stop();
        }
    }

    /** {@code count} status reads, one after another; between two, every trickling connection gets one more byte. */
    private static long[] readStatus(HttpClient http, LtxMockServer mock, URI status, int count, Socket[] tricklers, long[] reopened,
            int[] peakJetty)
            throws InterruptedException {
        long[] latencies = new long[count];
        long start = System.nanoTime();
        long lastDrip = 0;
        int done = 0;
        for (; done < count && System.nanoTime() - start < ATTACK_LIMIT_NANOS; done++) {
            if (tricklers != null && System.nanoTime() - lastDrip > TimeUnit.MILLISECONDS.toNanos(100)) {
                drip(mock, tricklers, reopened);
                lastDrip = System.nanoTime();
                int[] now = jettyThreads();
                peakJetty[0] = Math.max(peakJetty[0], now[0]);
                peakJetty[1] = Math.max(peakJetty[1], now[1]);
            }
            long t0 = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(status).timeout(READ_BOUND)
                        .header("Authorization", "Bearer " + mock.token()).GET().build(), HttpResponse.BodyHandlers.discarding());
                ok = r.statusCode() == 200;
            } catch (IOException e) {
                ok = false;
            }
            long took = System.nanoTime() - t0;
            latencies[done] = ok ? took : -Math.max(took, 1);
            Thread.sleep(20);
        }
        return Arrays.copyOf(latencies, done);
    }

    private static void drip(LtxMockServer mock, Socket[] tricklers, long[] reopened) {
        for (int i = 0; i < tricklers.length; i++) {
            try {
                tricklers[i].getOutputStream().write(' ');
            } catch (IOException cut) {
                try {
                    tricklers[i].close();
                    tricklers[i] = openTrickler(mock);
                    reopened[0]++;
                } catch (IOException e) {
                    // the mock refuses new connections for now: try again at the next drip
                }
            }
        }
    }

    private static Socket openTrickler(LtxMockServer mock) throws IOException {
        Socket s = new Socket("127.0.0.1", mock.port());
        OutputStream out = s.getOutputStream();
        out.write(head(mock, 100_000));
        out.write('{');
        return s;
    }

    private static byte[] head(LtxMockServer mock, int contentLength) {
        return ("POST /v1/ltxstudio/images/flux-edit HTTP/1.1\r\nHost: 127.0.0.1:" + mock.port() + "\r\nAuthorization: Bearer "
                + mock.token() + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String submit(HttpClient http, LtxMockServer mock) throws IOException, InterruptedException {
        String body = "{\"prompt\":\"p\",\"referenceAssetId\":\"" + JobStore.EXAMPLE_ASSET_ID + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/images/flux-edit")).timeout(READ_BOUND)
                .header("Authorization", "Bearer " + mock.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("jobId").asText();
    }

    /**
     * Jetty's threads now, and those of them parked in a blocking body read (waiting in Jetty's
     * {@code BlockingContentProducer}; a non-blocking read in a read callback does not count).
     */
    private static int[] jettyThreads() {
        int all = 0;
        int reading = 0;
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            if (t.getKey().getName().startsWith("qtp")) {
                all++;
                if (Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().endsWith(".BlockingContentProducer"))) {
                    reading++;
                }
            }
        }
        return new int[] {all, reading};
    }

    /** p50/p99/max in ms of the successful reads, and how many failed (error or past the bound). */
    private static String summary(long[] latencies) {
        long failed = Arrays.stream(latencies).filter(l -> l < 0).count();
        long[] all = Arrays.stream(latencies).map(Math::abs).sorted().toArray();
        if (all.length == 0) {
            return "no reads";
        }
        return String.format("reads=%d failed=%d p50=%.1f ms p99=%.1f ms max=%.1f ms", all.length, failed,
                ms(all[(int) Math.floor(0.50 * (all.length - 1))]), ms(all[(int) Math.ceil(0.99 * (all.length - 1))]), ms(all[all.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
