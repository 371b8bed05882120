package dev.ltxflux.core.model.edit;

/**
 * What the builders of an edit and a create collect alike beyond {@link PaidRequestFields}: the framing (aspect ratio,
 * shot type and angle), the seed and the scene (location, weather, lighting).
 *
 * @param <B> the builder's own type, returned by every setter
 */
abstract class ImageRequestFields<B extends ImageRequestFields<B>> extends PaidRequestFields<B> {

    private String aspectRatio;
    private String shotType;
    private String shotAngle;
    private Long seed;
    private String location;
    private String weather;
    private String lighting;

    /** The aspect ratio by its wire value ({@code 16:9}, {@code 9:16}, {@code 1:1}), or null; not for every model. */
    public B aspectRatio(String aspectRatio) {
        this.aspectRatio = aspectRatio;
        return self();
    }

    /** The aspect ratio, or null; not for every model ({@link EditModel#takesAspectRatio()}). */
    public B aspectRatio(AspectRatio aspectRatio) {
        return aspectRatio(aspectRatio == null ? null : aspectRatio.wire());
    }

    /** The shot type as free text, or null. */
    public B shotType(String shotType) {
        this.shotType = shotType;
        return self();
    }

    /** The camera angle by its wire value (one of {@link ShotAngle}), or null. */
    public B shotAngle(String shotAngle) {
        this.shotAngle = shotAngle;
        return self();
    }

    /** The camera angle, or null. */
    public B shotAngle(ShotAngle shotAngle) {
        return shotAngle(shotAngle == null ? null : shotAngle.wire());
    }

    /** The seed, or null to leave it to the server; within ±{@value EditRequest#MAX_SEED} (2^53−1). */
    public B seed(Long seed) {
        this.seed = seed;
        return self();
    }

    /** The seed as an {@code int}, so that {@code seed(42)} compiles. */
    public B seed(int seed) {
        return seed((Long) (long) seed);
    }

    /** Where the scene is, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public B location(String location) {
        this.location = location;
        return self();
    }

    /** The weather, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public B weather(String weather) {
        this.weather = weather;
        return self();
    }

    /** The light, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public B lighting(String lighting) {
        this.lighting = lighting;
        return self();
    }

    /** {@code copy} with this builder's framing, seed and scene, and its account and delivery. */
    final B withImageFieldsOf(B copy) {
        return withPaidFieldsOf(copy).aspectRatio(aspectRatio).shotType(shotType).shotAngle(shotAngle).seed(seed)
                .location(location).weather(weather).lighting(lighting);
    }

    /** Whether an aspect ratio is set (some models take none). */
    final boolean hasAspectRatio() {
        return aspectRatio != null;
    }

    /** The framing, or null after recording its violations. */
    final Framing checkedFraming(ViolationCollector found) {
        return found.parse(() -> Framing.parse(aspectRatio, shotType, shotAngle));
    }

    /** The seed as set, after recording a violation if it is out of range. */
    final Long checkedSeed(ViolationCollector found) {
        found.range("seed", seed, -EditRequest.MAX_SEED, EditRequest.MAX_SEED, false);
        return seed;
    }

    /** The scene, or null after recording its violations. */
    final SceneText checkedScene(ViolationCollector found) {
        return found.parse(() -> new SceneText(location, weather, lighting));
    }
}
