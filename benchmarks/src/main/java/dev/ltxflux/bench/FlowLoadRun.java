package dev.ltxflux.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N concurrent full flows (upload, submit, status until done, download) against the mock jar, started here as a child
 * process on loopback: every flow must complete, no id may repeat, no answer may be a 5xx. Prints the mock's RSS before,
 * after, and after the retention period. JDK only, so it runs as a single source file:
 * {@code java benchmarks/src/main/java/dev/ltxflux/bench/FlowLoadRun.java mock-server/target/ltxflux-mock-server.jar 500}.
 */
public final class FlowLoadRun {

    private static final Pattern JSON_STRING = Pattern.compile("\"(%s)\"\\s*:\\s*\"([^\"]*)\"");

    private FlowLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "mock-server/target/ltxflux-mock-server.jar");
        int flows = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path png = Path.of(args.length > 2 ? args[2] : "samples/landscape.png");
        int accounts = (flows + 99) / 100;
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            emails.add("load" + i + "@example.com");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        boolean ok = false;
        Process mock = new ProcessBuilder(java, "-Xmx512m", "-jar", jar.toString(),
                "--port", "0", "--job-duration", "2s", "--max-jobs", "100", "--retention", "60s", "--accounts", String.join(",", emails))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
            String base = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher m = Pattern.compile("ready at (http://127\\.0\\.0\\.1:\\d+/v1/ltxstudio)").matcher(line);
                if (m.find()) {
                    base = m.group(1);
                    break;
                }
            }
            if (base == null) {
                throw new IllegalStateException("the mock did not start");
            }
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            ok = run(mock.pid(), base, emails, flows, Files.readAllBytes(png));
        } finally {
            mock.destroy();
            if (!mock.waitFor(10, TimeUnit.SECONDS)) {
                mock.destroyForcibly();
            }
        }
        if (!ok) {
            System.exit(1);
        }
    }

    /** The run; true when every flow completed with no 5xx and no repeated id. */
    private static boolean run(long pid, String base, List<String> emails, int flows, byte[] png) throws Exception {
        String token = "Bearer user:12345-mock";
        String admin = base.replace("/v1/ltxstudio", "/__admin/ltx/stats");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        // warm-up: one flow, so the RSS "before" includes a loaded JVM, not a cold one
        flow(http, base, token, emails.get(0), png, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new AtomicInteger());
        System.gc();
        long rssBefore = rssKb(pid);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(flows);
        long t0 = System.nanoTime();
        for (int i = 0; i < flows; i++) {
            String email = emails.get(i % emails.size());
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    long s = System.nanoTime();
                    Map<String, Boolean> mine = new ConcurrentHashMap<>();
                    flow(http, base, token, email, png, statuses, mine, duplicates);
                    for (String id : mine.keySet()) {
                        if (!ids.add(id)) {
                            duplicates.incrementAndGet();
                        }
                    }
                    millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - s));
                    completed.incrementAndGet();
                } catch (Exception e) {
                    failures.put("flow " + n, e.toString());
                } finally {
                    done.countDown();
                }
            }, "flow-" + i);
            t.start();
        }
        start.countDown();
        done.await(10, TimeUnit.MINUTES);
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        long rssAfter = rssKb(pid);
        String statsAfter = get(http, admin, null).body();
        TimeUnit.SECONDS.sleep(90); // the mock's retention is 60 s; its evictor runs every 30 s
        long rssRetained = rssKb(pid);
        String statsRetained = get(http, admin, null).body();
        Collections.sort(millis);
        Map<Integer, Integer> histogram = new TreeMap<>();
        statuses.forEach((k, v) -> histogram.put(k, v.get()));
        long fivexx = histogram.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        System.out.printf("flows=%d completed=%d failed=%d wall=%d ms%n", flows, completed.get(), failures.size(), wall);
        System.out.printf("flow time: p50=%d ms p90=%d ms p99=%d ms max=%d ms%n", pct(millis, 50), pct(millis, 90), pct(millis, 99), pct(millis, 100));
        System.out.printf("answers by status=%s 5xx=%d%n", histogram, fivexx);
        System.out.printf("distinct ids=%d duplicates=%d%n", ids.size(), duplicates.get());
        System.out.printf("mock RSS: before=%d MB after=%d MB after-retention(+90 s)=%d MB%n", rssBefore / 1024, rssAfter / 1024, rssRetained / 1024);
        System.out.printf("mock stats: after=%s after-retention=%s%n", statsAfter, statsRetained);
        failures.entrySet().stream().limit(5).forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
        return completed.get() == flows && fivexx == 0 && duplicates.get() == 0;
    }

    /** upload -> submit -> status until the artifact is there -> download; records every status and id. */
    private static void flow(HttpClient http, String base, String token, String email, byte[] png, Map<Integer, AtomicInteger> statuses,
            Map<String, Boolean> ids, AtomicInteger duplicates) throws Exception {
        HttpResponse<String> up = send(http, HttpRequest.newBuilder(URI.create(base + "/assets/?type=reference-image&email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8))).header("Authorization", token).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)), statuses);
        String asset = field(up, "fileId");
        ids.put(asset, true);
        HttpResponse<String> sub = send(http, HttpRequest.newBuilder(URI.create(base + "/images/flux-edit")).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"Add golden sunset lighting\","
                        + "\"referenceAssetId\":\"" + asset + "\",\"email\":\"" + email + "\"}")), statuses);
        String job = field(sub, "jobId");
        ids.put(job, true);
        String assetUrl = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (assetUrl == null && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
            HttpResponse<String> st = send(http, HttpRequest.newBuilder(URI.create(base + "/assets/" + URLEncoder.encode(job, StandardCharsets.UTF_8)
                    .replace("+", "%20"))).header("Authorization", token).GET(), statuses);
            if (st.body().contains("\"failed\"")) {
                throw new IllegalStateException("job failed: " + st.body());
            }
            Matcher m = Pattern.compile(String.format(JSON_STRING.pattern(), "assetUrl")).matcher(st.body());
            assetUrl = m.find() ? m.group(2) : null;
        }
        if (assetUrl == null) {
            throw new IllegalStateException("job did not complete: " + job);
        }
        HttpResponse<byte[]> art = http.send(HttpRequest.newBuilder(URI.create(assetUrl)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        statuses.computeIfAbsent(art.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (art.statusCode() != 200 || art.body().length < 8 || (art.body()[1] != 'P')) {
            throw new IllegalStateException("download: " + art.statusCode());
        }
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, Map<Integer, AtomicInteger> statuses)
            throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(HttpResponse<String> r, String name) {
        Matcher m = Pattern.compile(String.format(JSON_STRING.pattern(), name)).matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + r.body());
        }
        return m.group(2);
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
