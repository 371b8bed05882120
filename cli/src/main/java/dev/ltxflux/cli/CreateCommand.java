package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.EditImageCommand.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltxflux create}: create an image from a prompt (optionally a reference), wait with progress, download. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create an image from a prompt and save it.")
final class CreateCommand extends ApiCommand {

    @Mixin
    PaidRun delivery;

    @Option(names = "--prompt", required = true, description = "what to create (at most 2000 characters)")
    String prompt;

    @Option(names = "--out", description = "where to save the image (default: ltxflux-created.png)")
    Path out;

    @Option(names = "--aspect-ratio", description = "16:9 (API default), 9:16 or 1:1")
    String aspectRatio;

    @Option(names = "--style", description = "cinematic, vintage, low_key, indy, y2k, pop, grunge, dreamy, hand_drawn, "
            + "2d_novel, boost, scribble, film_noir, anime, 3d_cartoon or colored (default: none, the API's base; flux only)")
    String style;

    @Option(names = "--shot-type", description = "free text, e.g. 'wide shot', 'close-up'")
    String shotType;

    @Option(names = "--shot-angle", description = "eye-level, low-angle, over-the-shoulder, overhead or birds-eye-view")
    String shotAngle;

    @Option(names = "--seed", description = "seed for reproducible results")
    Long seed;

    @Option(names = "--reference", description = "a reference image: a file to upload or an asset id (flux only)")
    String reference;

    @Option(names = "--reference-strength", description = "how strongly the reference is followed, 0-100 (API default 50)")
    Integer referenceStrength;

    @Option(names = "--model", description = "flux (API default), flux-premium or nano-banana")
    String model;

    @Option(names = "--location", description = "scene location (at most 2000 characters)")
    String location;

    @Option(names = "--weather", description = "scene weather (at most 2000 characters)")
    String weather;

    @Option(names = "--lighting", description = "scene lighting (at most 2000 characters)")
    String lighting;

    CreateCommand(CliEnvironment environment) {
        super(environment, ResumeLine.forSubmitted());
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var request = CreateRequest.builder().prompt(prompt).aspectRatio(aspectRatio).style(style).shotType(shotType)
                .shotAngle(shotAngle).seed(seed).referenceStrength(referenceStrength).model(model).location(location)
                .weather(weather).lighting(lighting).email(connection.email);
        delivery.deliveredBy(request);
        List<Violation> found = new ArrayList<>();
        Reference ref = null;
        if (reference != null) {
            try {
                ref = referenceFileOrAsset();
            } catch (InvalidRequestException e) {
                e.violations().forEach(v -> found.add(new Violation("referenceAssetId", v.rule())));
            }
        }
        Path output = PaidRun.output(out, "ltxflux-created.png", resume, environment, found);
        CreateImageCommand command;
        try {
            command = CreateImageCommand.of(request, ref, output, delivery.await(err, environment));
        } catch (InvalidRequestException e) {
            found.addAll(e.violations());
            throw new InvalidRequestException(found.stream().distinct().toList());
        }
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
        return PaidRun.run(connection, output, spec.commandLine().getOut(), err, delivery.json,
                client -> List.of(client.images().create(command)));
    }

    /** A {@code --reference} naming an existing file (read from the working folder) is uploaded; anything else is an asset id. */
    private Reference referenceFileOrAsset() {
        try {
            Path file = environment.resolve(Path.of(reference));
            if (java.nio.file.Files.isRegularFile(file)) {
                return Reference.file(file);
            }
        } catch (java.nio.file.InvalidPathException notAPath) {
            // an asset id
        }
        return Reference.fileOrAsset(reference, "referenceAssetId");
    }
}
