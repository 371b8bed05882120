package dev.ltxflux.example;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.feign.LtxClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The README's library example. {@code USEAPI_TOKEN} (and {@code LTXFLUX_BASE_URL} for the mock server) from the
 * environment, with the other variables {@link LtxClient#fromEnv()} reads ({@code USEAPI_EMAIL},
 * {@code LTXFLUX_ALLOW_PLAIN_HTTP}, {@code LTXFLUX_CALL_TIMEOUT}) where set:
 * {@code java dev.ltxflux.example.EditExample samples/landscape.png sunset.png}.
 */
public final class EditExample {

    private EditExample() {
    }

    public static void main(String[] args) {
        Path image = Path.of(args.length > 0 ? args[0] : "samples/landscape.png");
        Path out = Path.of(args.length > 1 ? args[1] : "sunset.png");
        try (LtxClient ltx = LtxClient.fromEnv()) {
            ImageOutcome result = edit(ltx, image, out);
            System.out.println("saved " + result.file() + " from job " + result.job().id().value());
        }
    }

    /** Uploads {@code image}, submits the edit, waits (printing progress) and downloads the result to {@code out}. */
    public static ImageOutcome edit(LtxClient ltx, Path image, Path out) {
        return ltx.edit(EditImageCommand.forFile(
                image,
                EditRequest.builder().prompt("Add golden sunset lighting").aspectRatio("16:9").shotAngle("eye-level"),
                out,
                AwaitOptions.timeout(Duration.ofMinutes(5))
                        .withListener(job -> System.out.println("progress " + job.progress().orElse(0) + "%"))));
    }
}
