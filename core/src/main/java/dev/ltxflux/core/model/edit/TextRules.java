package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;

/** The text rules the API documents, shared by every free-text field so that each says the same thing. */
final class TextRules {

    private TextRules() {
    }

    /** Non-null, not blank, at most {@code max} code points. */
    static String requireText(String field, String value, int max) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        if (value.isBlank()) {
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
