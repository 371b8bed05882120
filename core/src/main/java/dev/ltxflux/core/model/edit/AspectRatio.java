package dev.ltxflux.core.model.edit;

/** Output aspect ratio. The API's default is {@link #LANDSCAPE_16_9}; {@code nano-banana} takes none. */
public enum AspectRatio implements WireEnum {
    LANDSCAPE_16_9("16:9"),
    PORTRAIT_9_16("9:16"),
    SQUARE_1_1("1:1");

    private final String wire;

    AspectRatio(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The constant for a wire value such as {@code 16:9}. */
    public static AspectRatio fromWire(String raw) {
        return WireEnum.parse(AspectRatio.class, "aspectRatio", raw);
    }
}
