package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.text.Text;

/**
 * The text rules the API documents, shared by every field so that each says the same thing. "Blank" is defined as the
 * request schema's {@code pattern: "\\S"} defines it (no character outside ASCII white space), so that the client and
 * the schema accept exactly the same documents.
 */
public final class TextRules {

    private TextRules() {
    }

    /** True when {@code value} has no character outside {@code [ \t\n\x0B\f\r]}. */
    public static boolean isBlank(String value) {
        return Text.isBlank(value);
    }

    /** Non-null, not blank, at most {@code max} code points. */
    static String requireText(String field, String value, int max) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        if (isBlank(value)) {
            throw new InvalidRequestException(field, "must not be blank");
        }
        return requireMaxLength(field, value, max);
    }

    /** At most {@code max} code points (may be blank: the API documents no more). */
    static String requireMaxLength(String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new InvalidRequestException(field, "must be at most " + max + " characters (was " + length + ")");
        }
        return value;
    }
}
