package dev.ltxflux.core.model.text;

import java.util.regex.Pattern;

/**
 * What "blank" means for every text field of the API, in the package that every model package may depend on (it depends
 * on none of them, so {@code model.asset} and {@code model.edit} need not depend on each other). "Blank" is defined as
 * the request schema's {@code pattern: "\\S"} defines it, so that the client and the schema accept the same documents.
 */
public final class Text {

    private static final Pattern CONTENT = Pattern.compile("\\S");

    private Text() {
    }

    /** True when {@code value} has no character outside {@code [ \t\n\x0B\f\r]}. */
    public static boolean isBlank(String value) {
        return !CONTENT.matcher(value).find();
    }
}
