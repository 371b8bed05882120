package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The image model (since 2025-10-03) and the one place of the per-model rules (how many references, whether an aspect
 * ratio is taken). The API's default is {@link #FLUX}.
 */
public enum EditModel implements WireEnum {
    /** FLUX.1 Kontext: up to two reference images, takes an aspect ratio. */
    FLUX("flux", 2, true),
    /** FLUX.1 Kontext Max: up to three reference images, takes an aspect ratio. */
    FLUX_PREMIUM("flux-premium", 3, true),
    /** Gemini 2.5 Flash Image: up to three reference images, no aspect ratio. */
    NANO_BANANA("nano-banana", 3, false);

    private final String wire;
    private final int maxReferences;
    private final boolean takesAspectRatio;

    EditModel(String wire, int maxReferences, boolean takesAspectRatio) {
        this.wire = wire;
        this.maxReferences = maxReferences;
        this.takesAspectRatio = takesAspectRatio;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** How many reference images ({@code referenceAssetId}, {@code 2}, {@code 3}) the model takes. */
    public int maxReferences() {
        return maxReferences;
    }

    /** Whether {@code aspectRatio} may be sent with this model. */
    public boolean takesAspectRatio() {
        return takesAspectRatio;
    }

    /** The constant for a wire value such as {@code flux-premium}. */
    public static EditModel fromWire(String raw) {
        return WireEnum.parse(EditModel.class, "model", raw);
    }

    /** The model the server uses when a request names none. */
    public static EditModel serverDefault() {
        return FLUX;
    }

    /**
     * Every rule of this model that a request with {@code references} reference images (1 to {@value References#MOST})
     * and, if {@code aspectRatioSet}, an aspect ratio would break; empty when it may be sent.
     */
    public List<Violation> violations(int references, boolean aspectRatioSet) {
        List<Violation> found = new ArrayList<>();
        if (references > maxReferences) {
            String able = Arrays.stream(values()).filter(m -> m.maxReferences >= references).map(EditModel::wire)
                    .collect(Collectors.joining(" or "));
            found.add(new Violation("referenceAssetId" + references, "is not supported by model '" + wire + "'"
                    + (able.isEmpty() ? "" : " (use " + able + ")")));
        }
        if (aspectRatioSet && !takesAspectRatio) {
            found.add(new Violation("aspectRatio", "is not supported by model '" + wire + "'"));
        }
        return found;
    }
}
