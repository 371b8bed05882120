package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The image model (since 2025-10-03) and the one place of the per-model rules of every image endpoint: for
 * {@code images/edit}, how many references and whether an aspect ratio is taken; for {@code images/create}, whether
 * {@code style}, {@code referenceAssetId} and {@code reference_strength} are taken (the create page's table: {@code flux}
 * only). The API's default is {@link #FLUX}.
 */
public enum EditModel implements WireEnum {
    /** FLUX.1 Kontext: edits with up to two reference images and an aspect ratio; creates with style and a reference. */
    FLUX("flux", 2, true, true),
    /** FLUX.1 Kontext Max: edits with up to three reference images and an aspect ratio; creates from the prompt only. */
    FLUX_PREMIUM("flux-premium", 3, true, false),
    /** Gemini 2.5 Flash Image: edits with up to three reference images, no aspect ratio; creates from the prompt only. */
    NANO_BANANA("nano-banana", 3, false, false);

    /** The create parameters that only some models take, by wire name. */
    public static final List<String> CREATE_EXTRAS = List.of("style", "referenceAssetId", "reference_strength");

    private final String wire;
    private final int maxReferences;
    private final boolean takesAspectRatio;
    private final boolean createsWithExtras;

    EditModel(String wire, int maxReferences, boolean takesAspectRatio, boolean createsWithExtras) {
        this.wire = wire;
        this.maxReferences = maxReferences;
        this.takesAspectRatio = takesAspectRatio;
        this.createsWithExtras = createsWithExtras;
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

    /**
     * Whether {@code images/create} takes {@code style}, {@code referenceAssetId} and {@code reference_strength} with
     * this model ({@link #CREATE_EXTRAS}). Every model creates in any aspect ratio (the 2025-10-03 blog creates with
     * {@code nano-banana} at {@code 1:1}).
     */
    public boolean createsWithExtras() {
        return createsWithExtras;
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

    /**
     * Every rule of this model that a create request would break: one violation per {@link #CREATE_EXTRAS} parameter
     * named in {@code set} that the model does not take; empty when it may be sent.
     */
    public List<Violation> createViolations(List<String> set) {
        List<Violation> found = new ArrayList<>();
        if (!createsWithExtras) {
            String able = Arrays.stream(values()).filter(m -> m.createsWithExtras).map(EditModel::wire)
                    .collect(Collectors.joining(" or "));
            for (String field : CREATE_EXTRAS) {
                if (set.contains(field)) {
                    found.add(new Violation(field, "is not supported by model '" + wire + "' (use " + able + ")"));
                }
            }
        }
        return found;
    }
}
