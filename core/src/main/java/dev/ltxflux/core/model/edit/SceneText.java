package dev.ltxflux.core.model.edit;

/**
 * The optional scene texts of a request: {@code location}, {@code weather} and {@code lighting}, each at most
 * {@value #MAX_LENGTH} characters.
 *
 * @param location where the scene is, or null
 * @param weather  the weather, or null
 * @param lighting the light, or null
 */
public record SceneText(String location, String weather, String lighting) {

    /** Longest scene text, in code points. */
    public static final int MAX_LENGTH = 2000;
    /** No scene text. */
    public static final SceneText NONE = new SceneText(null, null, null);

    /**
     * Checks every text at once.
     *
     * @throws dev.ltxflux.core.error.InvalidRequestException when any text is longer than {@value #MAX_LENGTH}
     */
    public SceneText {
        ViolationCollector c = new ViolationCollector();
        String l = location;
        String w = weather;
        String li = lighting;
        c.parseIfSet(l, () -> TextRules.requireMaxLength("location", l, MAX_LENGTH));
        c.parseIfSet(w, () -> TextRules.requireMaxLength("weather", w, MAX_LENGTH));
        c.parseIfSet(li, () -> TextRules.requireMaxLength("lighting", li, MAX_LENGTH));
        c.throwIfAny();
    }
}
