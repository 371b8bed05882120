package dev.ltxflux.core.model.edit;

/** The image model (since 2025-10-03). The API's default is {@link #FLUX}. */
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
}
