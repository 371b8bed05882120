package com.example.library;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.feign.LtxClient;
import java.nio.file.Path;
import java.time.Duration;

/** The README's create-and-upscale snippet, compiled. */
final class CreateAndUpscale {

    private CreateAndUpscale() {
    }

    static ImageOutcome run(LtxClient ltx) {
        // README:begin create-upscale
        ImageOutcome created = ltx.images().create(CreateImageCommand.of(
                CreateRequest.builder().prompt("A serene mountain landscape at sunset").aspectRatio("16:9").style("cinematic")
                        .shotType("wide shot").shotAngle("eye-level").seed(123456),
                Path.of("a.png"), AwaitOptions.timeout(Duration.ofMinutes(5))));
        ImageOutcome big = ltx.images().upscale(UpscaleRequest.of(created.job().id()), Path.of("b.png"),
                AwaitOptions.timeout(Duration.ofMinutes(5)));
        // README:end
        return big;
    }
}
