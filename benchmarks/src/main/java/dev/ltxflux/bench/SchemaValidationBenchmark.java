package dev.ltxflux.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The per-document price of strict mode: networknt validation with the compiled schema reused. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemaValidationBenchmark {

    private SchemaCatalog catalog;
    private JsonNode job;
    private JsonNode request;

    @Setup
    public void setUp() throws Exception {
        catalog = new SchemaCatalog();
        ObjectMapper json = new ObjectMapper();
        job = json.readTree("{\"status\":{\"type\":\"completed\",\"progress\":100,\"artifact\":{\"assetUrl\":\"http://127.0.0.1/artifacts/jobs/x.png?expires=1&sig=a\","
                + "\"expirationDateString\":\"1748919477350\",\"asset\":{\"type\":\"artifact\",\"fileId\":\"asset:x-type:image/png\",\"mimeType\":\"image/png\","
                + "\"artifactSubtype\":\"vertex-ai\"}}},\"jobId\":\"email:user@example.com-job:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image\"}");
        request = json.readTree("{\"prompt\":\"Add golden sunset lighting to the landscape\",\"referenceAssetId\":\"asset:3b18-type:image/png\","
                + "\"aspectRatio\":\"16:9\",\"shotType\":\"wide shot\",\"shotAngle\":\"eye-level\",\"seed\":123456}");
        catalog.problems(SchemaName.JOB, job);
        catalog.problems(SchemaName.FLUX_EDIT_REQUEST, request);
    }

    @Benchmark
    public List<String> validateJobResponse() {
        return catalog.problems(SchemaName.JOB, job);
    }

    @Benchmark
    public List<String> validateEditRequest() {
        return catalog.problems(SchemaName.FLUX_EDIT_REQUEST, request);
    }
}
