package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ltxflux upscale <jobId>}: a new job at twice the width and height of a completed image job, saved. */
@Command(name = "upscale", mixinStandardHelpOptions = true,
        description = "Upscale a completed image job (edit, create or upscale) to twice its width and height and save it.")
final class UpscaleCommand extends ApiCommand {

    @Mixin
    PaidRun delivery;

    @Parameters(index = "0", paramLabel = "<jobId>", description = "the completed image job to upscale")
    String jobId;

    @Option(names = "--out", description = "where to save the image (default: ltxflux-upscaled.png)")
    Path out;

    UpscaleCommand(CliEnvironment environment) {
        super(environment, ResumeLine.forSubmitted());
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        List<Violation> found = new ArrayList<>();
        UpscaleRequest.Builder request = delivery.deliveredBy(UpscaleRequest.builder().jobId(jobId).email(connection.email));
        found.addAll(request.violations());
        Path output = PaidRun.output(out, "ltxflux-upscaled.png", resume, environment, found);
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
        UpscaleRequest built = request.build();
        var await = delivery.await(err, environment);
        return PaidRun.run(connection, output, spec.commandLine().getOut(), err, delivery.json,
                client -> List.of(client.images().upscale(built, output, await)));
    }
}
