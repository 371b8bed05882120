package dev.ltxflux.bench;

import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@link LtxMockExtension} costs between two tests: {@code afterEach} + {@code beforeEach}. On a static field
 * (one server per class) that is a reset of the mock's state, here after a test that left 10 jobs, 10 status reads and a
 * queued fault behind; on an instance field it is a server stop and a fresh start. The extension's callbacks ignore
 * their {@code ExtensionContext}, so none is needed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MockResetBenchmark {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private LtxMockExtension perClass;
    private LtxMockExtension perTest;

    @Setup(Level.Trial)
    public void start() {
        perClass = new LtxMockExtension();
        perClass.beforeAll(null);
        perClass.beforeEach(null);
        perTest = new LtxMockExtension();
        perTest.beforeEach(null);
    }

    /** What a test leaves behind in the per-class server: jobs, status reads, a queued fault. */
    @Setup(Level.Invocation)
    public void dirty() throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(perClass.baseUrl() + "/images/flux-edit"))
                    .header("Authorization", "Bearer " + perClass.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"p\",\"referenceAssetId\":\"asset:3b18…-type:image/png\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String jobId = created.body().replaceAll(".*\"jobId\":\"([^\"]*)\".*", "$1");
            http.send(HttpRequest.newBuilder(URI.create(perClass.baseUrl() + "/assets/" + java.net.URLEncoder.encode(jobId, "UTF-8")))
                    .header("Authorization", "Bearer " + perClass.token()).build(), HttpResponse.BodyHandlers.discarding());
        }
        perClass.admin().addFault(LtxMockAdmin.Fault.status("status", 503, 1));
    }

    @Benchmark
    public void betweenTestsPerClassServer() {
        perClass.afterEach(null);
        perClass.beforeEach(null);
    }

    @Benchmark
    public void betweenTestsPerTestServer() {
        perTest.afterEach(null);
        perTest.beforeEach(null);
    }

    @TearDown(Level.Trial)
    public void stop() {
        perClass.afterAll(null);
        perTest.afterEach(null);
    }
}
