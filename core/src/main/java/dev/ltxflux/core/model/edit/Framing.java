package dev.ltxflux.core.model.edit;

/**
 * How the result is framed: the optional {@code aspectRatio}, {@code shotType} and {@code shotAngle} of a request (absent
 * ones are left to the server).
 *
 * @param aspectRatio the aspect ratio, or null (not every model takes one: {@link EditModel#takesAspectRatio()})
 * @param shotType    the shot type as free text, or null
 * @param shotAngle   the camera angle, or null
 */
public record Framing(AspectRatio aspectRatio, String shotType, ShotAngle shotAngle) {

    /** Nothing set: the server decides. */
    public static final Framing NONE = new Framing(null, null, null);

    /**
     * Parses the wire values, reporting every broken rule at once.
     *
     * @throws dev.ltxflux.core.error.InvalidRequestException for an unknown aspect ratio or shot angle
     */
    public static Framing parse(String aspectRatio, String shotType, String shotAngle) {
        ViolationCollector c = new ViolationCollector();
        AspectRatio ratio = c.parseIfSet(aspectRatio, () -> AspectRatio.fromWire(aspectRatio));
        ShotAngle angle = c.parseIfSet(shotAngle, () -> ShotAngle.fromWire(shotAngle));
        c.throwIfAny();
        return new Framing(ratio, shotType, angle);
    }
}
