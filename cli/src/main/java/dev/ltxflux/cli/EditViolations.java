package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.EditModel;
import dev.ltxflux.core.port.in.EditImageCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The violations of {@code edit} in the options' own terms. The core names the wire fields of the references it was
 * given ({@code referenceAssetId}, {@code 2}, {@code 3}); on the command line the first is {@code --image} or
 * {@code --asset} and the others are {@code --reference}, so a missing or refused {@code --image} must not also read as
 * a missing {@code --reference}, and a model's limit is said as a count of images.
 */
final class EditViolations {

    /** Rule of a missing {@code --image} and {@code --asset}. */
    static final String IMAGE_REQUIRED = "is required: the image to edit (a PNG, JPEG or WebP file),"
            + " or give --asset with the id of an image already uploaded (as printed by 'upload')";

    private EditViolations() {
    }

    /**
     * The command line's own findings, then the core's without the ones they already explain.
     *
     * @param found          what the CLI found (files, {@code --out})
     * @param core           what {@link EditImageCommand} found
     * @param firstReference whether {@code --image} or {@code --asset} gave a usable first reference
     * @param extra          how many {@code --reference} were given
     * @param model          {@code --model} as given, or null
     */
    static List<Violation> merge(List<Violation> found, List<Violation> core, boolean firstReference, int extra, String model) {
        List<Violation> all = new ArrayList<>(found);
        boolean firstReported = found.stream().anyMatch(v -> v.field().equals("image") || v.field().equals("referenceAssetId"));
        if (!firstReference && !firstReported) {
            all.add(new Violation("image", IMAGE_REQUIRED));
        }
        for (Violation v : core) {
            boolean aboutFirst = v.field().equals("image") || v.field().equals("referenceAssetId");
            if (!firstReference && aboutFirst) {
                continue; // said above, in the options' terms
            }
            all.add(isReferenceCount(v) ? referenceCount(extra, model) : v);
        }
        return all.stream().distinct().toList();
    }

    private static boolean isReferenceCount(Violation v) {
        return (v.field().equals("referenceAssetId2") || v.field().equals("referenceAssetId3"))
                && (v.rule().startsWith("is not supported by model") || v.rule().startsWith("at most "));
    }

    /** How many images the model takes in all, and which models take as many as were given. */
    private static Violation referenceCount(int extra, String model) {
        int total = 1 + extra;
        EditModel m = model(model);
        String which = m == null ? "" : "model '" + m.wire() + "'" + (model == null ? " (the default: no --model given)" : "") + " ";
        int most = m == null ? EditImageCommand.MAX_REFERENCES : m.maxReferences();
        String able = Arrays.stream(EditModel.values()).filter(x -> x.maxReferences() >= total).map(EditModel::wire)
                .collect(Collectors.joining(" or "));
        return new Violation("reference", "was given " + extra + " time" + (extra == 1 ? "" : "s") + ", but " + which
                + "takes at most " + most + " images in all (--image or --asset, plus " + (most - 1) + " --reference)"
                + (able.isEmpty() ? "" : "; for " + total + ", use --model " + able));
    }

    private static EditModel model(String model) {
        if (model == null) {
            return EditModel.serverDefault();
        }
        try {
            return EditModel.fromWire(model);
        } catch (InvalidRequestException unknown) {
            return null; // reported on its own
        }
    }
}
