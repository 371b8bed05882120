package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;

/**
 * The edit instruction. Required, not blank, at most {@value #MAX_LENGTH} characters (Unicode code points, as JSON
 * Schema's {@code maxLength} counts them).
 */
public record Prompt(String value) {

    public static final int MAX_LENGTH = 2000;

    public Prompt {
        value = TextRules.requireText("prompt", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }

    static Prompt parse(String raw) {
        if (raw == null) {
            throw new InvalidRequestException("prompt", "is required");
        }
        return new Prompt(raw);
    }
}
