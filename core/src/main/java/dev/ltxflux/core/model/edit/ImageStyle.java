package dev.ltxflux.core.model.edit;

/**
 * The visual style of {@code images/create}: the 16 documented values. No style at all is the API's {@code base}, which
 * a request expresses by leaving {@code style} absent. Only some models take a style ({@link EditModel#createsWithExtras()}).
 */
public enum ImageStyle implements WireEnum {
    CINEMATIC("cinematic"),
    VINTAGE("vintage"),
    LOW_KEY("low_key"),
    INDY("indy"),
    Y2K("y2k"),
    POP("pop"),
    GRUNGE("grunge"),
    DREAMY("dreamy"),
    HAND_DRAWN("hand_drawn"),
    NOVEL_2D("2d_novel"),
    BOOST("boost"),
    SCRIBBLE("scribble"),
    FILM_NOIR("film_noir"),
    ANIME("anime"),
    CARTOON_3D("3d_cartoon"),
    COLORED("colored");

    /** What the API calls "no style": the meaning of an absent {@code style}. */
    public static final String BASE = "base";

    private final String wire;

    ImageStyle(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The constant for a wire value such as {@code film_noir}. */
    public static ImageStyle fromWire(String raw) {
        return WireEnum.parse(ImageStyle.class, "style", raw);
    }
}
