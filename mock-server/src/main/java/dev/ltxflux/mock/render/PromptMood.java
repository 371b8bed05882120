package dev.ltxflux.mock.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A toy reading of a prompt's obvious words, so that the mock's "edit" visibly follows them: warm words (sunset,
 * golden, fire, ...) tint the image orange, cool words (winter, snow, night, ...) tint it blue; any other prompt keeps the
 * tint derived from its digest. Documented as a toy: the mock does not understand prompts.
 */
enum PromptMood {
    WARM(255, 140, 40),
    COOL(70, 140, 255),
    NEUTRAL(-1, -1, -1);

    private static final Pattern WARM_WORDS = Pattern.compile(
            "\\b(sunset|sunrise|golden|gold|warm|fire|flame|autumn|orange|desert|summer|candle)\\w*");
    private static final Pattern COOL_WORDS = Pattern.compile(
            "\\b(winter|snow|ice|icy|frost|cold|night|moon|blue|rain|fog|ocean)\\w*");

    private final int red;
    private final int green;
    private final int blue;

    PromptMood(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** The mood of the first mood word in {@code prompt} (warm wins a tie of position); neutral without one. */
    static PromptMood of(String prompt) {
        if (prompt == null) {
            return NEUTRAL;
        }
        String text = prompt.toLowerCase(Locale.ROOT);
        var warm = WARM_WORDS.matcher(text);
        var cool = COOL_WORDS.matcher(text);
        int w = warm.find() ? warm.start() : Integer.MAX_VALUE;
        int c = cool.find() ? cool.start() : Integer.MAX_VALUE;
        if (w == Integer.MAX_VALUE && c == Integer.MAX_VALUE) {
            return NEUTRAL;
        }
        return w <= c ? WARM : COOL;
    }

    /**
     * The tint {@code (r, g, b)}: three parts this mood's to one part {@code own} (the prompt's own tint, so two warm
     * prompts still differ), or {@code own} alone when neutral.
     */
    int[] tint(int[] own) {
        return this == NEUTRAL ? own
                : new int[] {(red * 3 + own[0]) / 4, (green * 3 + own[1]) / 4, (blue * 3 + own[2]) / 4};
    }
}
