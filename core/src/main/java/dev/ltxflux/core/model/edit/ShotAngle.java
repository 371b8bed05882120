package dev.ltxflux.core.model.edit;

/** Camera angle of the shot. The API sets none by default. */
public enum ShotAngle implements WireEnum {
    EYE_LEVEL("eye-level"),
    LOW_ANGLE("low-angle"),
    OVER_THE_SHOULDER("over-the-shoulder"),
    OVERHEAD("overhead"),
    BIRDS_EYE_VIEW("birds-eye-view");

    private final String wire;

    ShotAngle(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** The constant for a wire value such as {@code eye-level}. */
    public static ShotAngle fromWire(String raw) {
        return WireEnum.parse(ShotAngle.class, "shotAngle", raw);
    }
}
