package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.EditImageCommand.Reference;
import dev.ltxflux.core.port.in.ImageOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ltxflux edit}: upload, submit, wait with progress, download. Every option is checked before any request. */
@Command(name = "edit", mixinStandardHelpOptions = true, description = "Edit an image with FLUX.1 Kontext and save the result.")
final class EditCommand extends ApiCommand {

    @Option(names = "--image", description = "the image to edit (PNG, JPEG or WebP); or use --asset")
    Path image;

    @Option(names = "--asset", description = "an already uploaded asset id (fileId) to edit instead of --image")
    String asset;

    @Option(names = "--prompt", required = true, description = "what to change (at most 2000 characters)")
    String prompt;

    @Option(names = "--out", description = "where to save the result (default: <image>-edited.png)")
    Path out;

    @Option(names = "--aspect-ratio", description = "16:9 (API default), 9:16 or 1:1")
    String aspectRatio;

    @Option(names = "--shot-type", description = "free text, e.g. 'wide shot', 'close-up'")
    String shotType;

    @Option(names = "--shot-angle", description = "eye-level, low-angle, over-the-shoulder, overhead or birds-eye-view")
    String shotAngle;

    @Option(names = "--seed", description = "seed for reproducible results")
    Long seed;

    @Option(names = "--model", description = "flux (API default), flux-premium or nano-banana")
    String model;

    @Option(names = "--reference", description = "an extra reference image: a file to upload or an asset id (repeatable; flux takes 1 extra, the others 2)")
    List<String> references = new ArrayList<>();

    @Option(names = "--location", description = "scene location (at most 2000 characters)")
    String location;

    @Option(names = "--weather", description = "scene weather (at most 2000 characters)")
    String weather;

    @Option(names = "--lighting", description = "scene lighting (at most 2000 characters)")
    String lighting;

    /** The delivery options, the wait and {@code --json}, as {@code create} and {@code upscale} take them. */
    @Mixin
    PaidRun delivery;

    /** Whether {@code --image} or {@code --asset} gave a usable first reference. */
    private boolean firstReference;

    EditCommand(CliEnvironment environment) {
        super(environment, ResumeLine.forSubmitted());
    }

    @Option(names = "--upscale", description = "then upscale the result (a second paid job, journaled too) to twice its size")
    boolean upscale;

    @Option(names = "--upscale-out", description = "where to save the upscaled image (default: <out>-2x.png); implies --upscale")
    Path upscaleOut;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var request = EditRequest.builder().prompt(prompt).aspectRatio(aspectRatio).shotType(shotType)
                .shotAngle(shotAngle).seed(seed).model(model).location(location).weather(weather).lighting(lighting)
                .email(connection.email);
        delivery.deliveredBy(request);
        List<Violation> found = new ArrayList<>();
        List<Reference> refs = references(found);
        Path output = out != null ? out : defaultOutput();
        resume.out(output);
        PaidRun.checkOutput(environment.resolve(output), found);
        Path upscaled = upscaleOut != null ? upscaleOut : upscale ? doubledName(output) : null;
        if (upscaled != null) {
            List<Violation> bad = new ArrayList<>();
            PaidRun.checkOutput(environment.resolve(upscaled), bad);
            bad.forEach(v -> found.add(new Violation("upscale-out", v.rule())));
            if (environment.resolve(upscaled).toAbsolutePath().normalize()
                    .equals(environment.resolve(output).toAbsolutePath().normalize())) {
                found.add(new Violation("upscale-out", "must differ from --out"));
            }
        }
        EditImageCommand command;
        try {
            AwaitOptions await = delivery.await(err, environment);
            command = EditImageCommand.of(refs, request, environment.resolve(output), await);
            if (!found.isEmpty()) {
                throw new InvalidRequestException(found);
            }
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(EditViolations.merge(found, e.violations(), firstReference,
                    references.size(), model));
        }
        AwaitOptions upscaleWait = delivery.await(err, environment);
        // a Ctrl-C during the upscale names the upscale's file in its resume line, not the edit's
        java.util.concurrent.atomic.AtomicReference<Path> current = new java.util.concurrent.atomic.AtomicReference<>(output);
        boolean linkLasts = !connection.embeddedMock();
        return PaidRun.run(connection, current::get, spec.commandLine().getOut(), err, delivery.json, linkLasts, client -> {
            ImageOutcome edited = client.edit(command);
            if (upscaled == null) {
                return List.of(edited);
            }
            JobOutput.printSaved(spec.commandLine().getOut(), edited.job(), edited.file(), delivery.json, linkLasts);
            current.set(upscaled);
            return List.of(client.images().upscale(UpscaleRequest.builder().jobId(edited.job().id().value())
                    .email(connection.email).build(), environment.resolve(upscaled), upscaleWait));
        });
    }

    /** {@code a.png} -> {@code a-2x.png}, beside it. */
    private static Path doubledName(Path output) {
        String name = output.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String doubled = (dot > 0 ? name.substring(0, dot) : name) + "-2x" + (dot > 0 ? name.substring(dot) : ".png");
        return output.resolveSibling(doubled);
    }

    /** {@code --image} or {@code --asset}, then each {@code --reference} (a file to upload or an asset id), in order. */
    private List<Reference> references(List<Violation> found) {
        List<Reference> refs = new ArrayList<>();
        if (image != null && asset != null) {
            found.add(new Violation("image", "and --asset cannot both be given"));
        } else if (image != null) {
            add(refs, found, "image", () -> Reference.file(environment.resolve(image)));
        } else if (asset != null) {
            add(refs, found, "referenceAssetId", () -> Reference.asset(AssetId.of("referenceAssetId", asset)));
        }
        firstReference = refs.size() == 1;
        for (int i = 0; i < references.size(); i++) {
            String ref = references.get(i);
            String field = i == 0 ? "referenceAssetId2" : "referenceAssetId3";
            add(refs, found, field, () -> fileOrAsset(ref, field));
        }
        return refs;
    }

    /** A {@code --reference} naming an existing file (read from the working folder) is uploaded; anything else is an asset id. */
    private Reference fileOrAsset(String ref, String field) {
        try {
            Path file = environment.resolve(Path.of(ref));
            if (java.nio.file.Files.isRegularFile(file)) {
                return Reference.file(file);
            }
        } catch (java.nio.file.InvalidPathException notAPath) {
            // an asset id
        }
        return Reference.fileOrAsset(ref, field);
    }

    private static void add(List<Reference> refs, List<Violation> found, String field, java.util.function.Supplier<Reference> ref) {
        try {
            refs.add(ref.get());
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> found.add(new Violation(field, v.rule())));
        }
    }

    private Path defaultOutput() {
        String base = image != null && image.getFileName() != null ? image.getFileName().toString() : "ltxflux";
        int dot = base.lastIndexOf('.');
        return Path.of((dot > 0 ? base.substring(0, dot) : base) + "-edited.png");
    }
}
