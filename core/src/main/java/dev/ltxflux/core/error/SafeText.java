package dev.ltxflux.core.error;

/**
 * Makes text that came from outside (the server, a job id, a file) safe to show on a terminal or write to a line-based
 * file: control characters (C0, DEL, C1, so ANSI escapes and line breaks too) and the Unicode bidi overrides are
 * written as visible escapes ({@code \n}, {@code \t}, {@code \u001b}); everything else is kept as it is.
 */
public final class SafeText {

    private SafeText() {
    }

    /** {@code text} with every control or bidi-override character escaped; null becomes an empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePoints().noneMatch(SafeText::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!unsafe(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", c));
            }
        });
        return out.toString();
    }

    /** Whether {@code c} could move the cursor, change colours, break a line or reorder text when printed. */
    public static boolean unsafe(int c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
