package dev.ltxflux.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.feign.wire.WireMapper;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.render.ImageEditor;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * The client's per-call price against a bare {@code java.net.http.HttpClient} + Jackson doing the same call to the same
 * local mock server, in the same run. Target: the library within 1.3x of the bare call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ClientOverheadBenchmark {

    /** Calls of every kind made in setup, so that the in-JVM server is equally warm for every benchmark. */
    private static final int SERVER_WARMUP_CALLS = 5_000;

    private LtxMockServer mock;
    private LtxClient client;
    private HttpClient bare;
    private ObjectMapper json;
    private WireMapper mapper;
    private JobId jobId;
    private String encodedJobId;
    private String asset;
    private byte[] jobBody;
    private EditRequest request;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // zero-length jobs: submits never meet the concurrency limit; journal off, as the standalone default
        mock = new LtxMockServer(MockConfig.builder().port(0).jobDuration(Duration.ZERO).maxJobs(100).build()).start();
        client = LtxClient.builder().baseUrl(mock.baseUrl()).token(mock.token()).build();
        bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        json = new ObjectMapper();
        mapper = new WireMapper(Clock.systemUTC());
        Path png = Files.write(Files.createTempFile("bench", ".png"), ImageEditor.sample(64, 64));
        asset = client.upload(png).fileId().value();
        request = EditRequest.builder().prompt("Add golden sunset lighting").referenceAssetId(asset).build();
        jobId = client.submit(request).jobId();
        encodedJobId = URLEncoder.encode(jobId.value(), StandardCharsets.UTF_8);
        jobBody = bare.send(get(), HttpResponse.BodyHandlers.ofByteArray()).body();
        forgetJobs();
        for (int i = 0; i < SERVER_WARMUP_CALLS; i++) {
            statusReadLibrary();
            statusReadBareHttpClient();
            submitLibrary();
            submitBareHttpClient();
        }
        forgetJobs();
    }

    private HttpRequest get() {
        return HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/assets/" + encodedJobId))
                .header("Authorization", "Bearer " + mock.token()).GET().build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        client.close();
        mock.stop();
    }

    @TearDown(Level.Iteration)
    public void forgetJobs() {
        // submits pile up jobs; the reset keeps the store (and the mock's work per request) the same size
        mock.store().reset();
        mock.store().preloadExample(ImageEditor.sample(16, 16));
        jobId = client.submit(EditRequest.builder().prompt("p").referenceAssetId(dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID).build()).jobId();
        encodedJobId = URLEncoder.encode(jobId.value(), StandardCharsets.UTF_8);
        request = EditRequest.builder().prompt("Add golden sunset lighting").referenceAssetId(dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID).build();
    }

    @Benchmark
    public Job statusReadLibrary() {
        return client.status(jobId);
    }

    @Benchmark
    public Submission submitLibrary() {
        return client.submit(request);
    }

    @Benchmark
    public JsonNode submitBareHttpClient() throws Exception {
        String body = json.writeValueAsString(json.createObjectNode().put("prompt", "Add golden sunset lighting")
                .put("referenceAssetId", dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID));
        HttpResponse<byte[]> r = bare.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/images/flux-edit"))
                .header("Authorization", "Bearer " + mock.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("bare submit answered " + r.statusCode());
        }
        return json.readTree(r.body());
    }

    @Benchmark
    public JsonNode statusReadBareHttpClient() throws Exception {
        HttpResponse<byte[]> r = bare.send(get(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("bare status read answered " + r.statusCode());
        }
        return json.readTree(r.body());
    }

    @Benchmark
    public Job jsonMappingLibrary() {
        return mapper.job(jobBody, jobId);
    }

    @Benchmark
    public JsonNode jsonMappingBareJackson() throws Exception {
        return json.readTree(jobBody);
    }
}
