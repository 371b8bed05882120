package dev.ltxflux.example.spring;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.feign.LtxClient;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.stereotype.Service;

/** An application service using the one {@link LtxClient} bean the starter configures. */
@Service
public class SunsetService {

    private final LtxClient ltx;

    public SunsetService(LtxClient ltx) {
        this.ltx = ltx;
    }

    /** Edits {@code image} and saves the result at {@code out}; returns the file. */
    public Path addSunset(Path image, Path out) {
        return ltx.edit(EditImageCommand.forFile(image,
                EditRequest.builder().prompt("Add golden sunset lighting").aspectRatio("16:9"),
                out, AwaitOptions.timeout(Duration.ofMinutes(5)))).file();
    }
}
