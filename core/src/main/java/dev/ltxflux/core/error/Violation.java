package dev.ltxflux.core.error;

import java.util.Objects;

/**
 * One broken rule of a request: the wire name of the field and the rule it breaks.
 *
 * @param field the field's name as sent on the wire, e.g. {@code prompt}
 * @param rule  what the field must satisfy, e.g. {@code must not be blank}
 */
public record Violation(String field, String rule) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
    }

    @Override
    public String toString() {
        return "'" + field + "' " + rule;
    }
}
