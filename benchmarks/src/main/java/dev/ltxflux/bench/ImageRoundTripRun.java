package dev.ltxflux.bench;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.JobStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Sequential create and upscale round trips through {@code client.images()} against the in-process mock, each the whole
 * paid path (intent journaled, submit held by {@code pollForResult} until the job ends, job id journaled, PNG downloaded,
 * record finished): median, p95 and max per kind, after a warm-up. Jobs last 0 s so the figures are the library's and
 * the mock's own cost (rendering included), not a wait. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.ImageRoundTripRun [rounds] [warmup]}.
 */
public final class ImageRoundTripRun {

    private ImageRoundTripRun() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        LtxMockServer mock = new LtxMockServer(MockConfig.builder().port(0).jobDuration(Duration.ZERO)
                .pollInterval(Duration.ofMillis(1)).completedWithoutArtifact(false).maxJobs(100).build()).start();
        Path dir = Files.createTempDirectory("ltxflux-bench");
        AwaitOptions wait = AwaitOptions.timeout(Duration.ofSeconds(30));
        try (LtxClient client = LtxClient.builder().baseUrl(mock.baseUrl()).token(mock.token())
                .polling(new Backoff(Duration.ofMillis(5), 1.5, Duration.ofMillis(50))).build()) {
            String source = client.images().submitEdit(EditRequest.builder().prompt("source").aspectRatio("16:9")
                    .referenceAssetId(JobStore.EXAMPLE_ASSET_ID).pollForResult(1).build()).jobId().value();
            client.await(new dev.ltxflux.core.model.job.JobId(source), wait);
            IntFunction<ImageOutcome> create = i -> client.images().create(CreateImageCommand.of(CreateRequest.builder()
                    .prompt("a lighthouse " + i).style(i % 2 == 0 ? "film_noir" : null).seed((long) i).pollForResult(1),
                    dir.resolve("c" + (i % 4) + ".png"), wait));
            IntFunction<ImageOutcome> upscale = i -> client.images().upscale(UpscaleRequest.builder().jobId(source)
                    .pollForResult(1).build(), dir.resolve("u" + (i % 4) + ".png"), wait);
            report("create  (images/create, 512x288 PNG)", time(create, warmup, rounds));
            report("upscale (images/upscale, 512x288 -> 1024x576 PNG)", time(upscale, warmup, rounds));
        } finally {
            mock.stop();
        }
    }

    private static List<Long> time(IntFunction<ImageOutcome> call, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            call.apply(i);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            ImageOutcome out = call.apply(warmup + i);
            micros.add((System.nanoTime() - t) / 1000);
            if (!out.job().isDone()) {
                throw new IllegalStateException("not done: " + out.job());
            }
        }
        Collections.sort(micros);
        return micros;
    }

    private static void report(String what, List<Long> sorted) {
        System.out.printf("%s: n=%d median=%.2f ms p95=%.2f ms max=%.2f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.95)) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }
}
